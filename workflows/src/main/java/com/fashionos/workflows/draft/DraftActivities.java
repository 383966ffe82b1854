package com.fashionos.workflows.draft;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The I/O of a Neural Draft: reading the CRM, the Retriever, the Content agent, the Guardian, the Controller, the
 * channels and the audit trail. Implemented in the {@code activities} module; every method runs inside the brand's
 * tenant context ({@code app.brand_id}) and is idempotent, because Temporal retries it.
 *
 * <p>Business failures are {@code ApplicationFailure}s typed with {@link DraftFailures} names; the workflow does not
 * retry {@link DraftFailures#INVALID_INPUT}, {@link DraftFailures#NOT_FOUND}, {@link DraftFailures#APPROVAL_DENIED},
 * {@link DraftFailures#SEND_REFUSED}, {@link DraftFailures#WHATSAPP_TEMPLATE_REQUIRED} or {@link
 * DraftFailures#PROVIDER_REJECTED}. Any other exception is retried within the stub's policy.
 */
@ActivityInterface(namePrefix = "Draft")
public interface DraftActivities {

    /**
     * Reads what the draft is about: the contact, their account (with its stored website text, if any), the deal,
     * recent timeline entries, the Maison DNA summary, whether the WhatsApp 24-hour window is open and the brand's
     * WhatsApp templates. Read only, database only: the website itself is read by {@link #readWebsite(String)}.
     */
    @ActivityMethod
    DraftContext gatherContext(UUID brandId, UUID contactId, @Nullable UUID dealId);

    /**
     * The readable text of a public web page (the account's website), capped; null when it cannot be read (no such
     * host, timeout, not HTML). Network: a normal activity, never a local one that would hold the workflow task.
     */
    @ActivityMethod
    @Nullable
    String readWebsite(String url);

    /** The Retriever: the brand's playbook sections most relevant to the query, best first. Read only. */
    @ActivityMethod
    List<SourceSection> retrieve(UUID brandId, String query);

    /**
     * The Content agent drafts (or redrafts, given a previous draft and instructions) with the configured provider
     * (Gemini, or the local model without a key) as structured JSON, validated against the draft schema. Malformed
     * output throws {@link DraftFailures#MALFORMED_MODEL_OUTPUT} (retried by the workflow, then the draft fails).
     * When the WhatsApp window is closed the proposal uses one of the brand's templates. Writes nothing.
     */
    @ActivityMethod
    DraftProposal compose(ComposeRequest request);

    /** The Guardian checks a proposal against the brand's Maison DNA (rules, and a model judgement with Gemini). */
    @ActivityMethod
    GuardianAudit audit(UUID brandId, DraftProposal proposal);

    /**
     * Stores a version: creates the {@code ai_runs} row (agent CONTENT, PENDING) and the DRAFT outbound message row
     * on version 1, updates both for later versions (the message body becomes this version's text). Idempotent on
     * {@code (draftId, version)}.
     */
    @ActivityMethod
    RecordedDraft recordProposal(RecordProposalRequest request);

    /**
     * The Controller, check #2: refuses with {@link DraftFailures#APPROVAL_DENIED} unless the approver is a user of
     * the brand with role AGENT or above and the draft's DRAFT message row has exactly this body hash; then records
     * the approval on the row ({@code approved_by}, {@code approved_at}, {@code approved_hash}, status APPROVED).
     * Idempotent.
     */
    @ActivityMethod
    void checkApproval(UUID brandId, UUID draftId, UUID approverId, String hash);

    /**
     * Sends the approved message through its channel (SendGrid, Twilio WhatsApp, or the sandbox outbox without keys).
     * Re-reads the row and refuses with {@link DraftFailures#SEND_REFUSED} unless an approval for exactly this hash
     * by an allowed approver is recorded. Writes an outbox row under the idempotency key before calling the provider,
     * so a retry never sends twice. A permanent provider refusal returns {@link SendStatus#FAILED}.
     */
    @ActivityMethod
    SendResult send(SendRequest request);

    /** Adds the "Sent" entry with the exact text to the contact's (and deal's) timeline; marks the run APPROVED. */
    @ActivityMethod
    void recordSent(SentRecord record);

    /** Marks the run and its message REJECTED with who and why. */
    @ActivityMethod
    void markRejected(RejectionRecord record);

    /** Marks the run and its message EXPIRED. */
    @ActivityMethod
    void markExpired(ExpiryRecord record);

    /** Marks the run FAILED with the error (creating the run row if the failure came before version 1). */
    @ActivityMethod
    void markFailed(FailureRecord record);
}
