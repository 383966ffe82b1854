package com.fashionos.workflows.draft;

import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A fake of the activity edge for workflow tests: answers like the real activities would, and records every call so
 * tests can assert what happened and in which order. Never touches a database or a provider.
 */
final class FakeDraftActivities implements DraftActivities {

    /** Calls in order, by method name. */
    final List<String> calls = new CopyOnWriteArrayList<>();

    final List<String> retrieveQueries = new CopyOnWriteArrayList<>();
    final List<ComposeRequest> composeRequests = new CopyOnWriteArrayList<>();
    final List<DraftProposal> audited = new CopyOnWriteArrayList<>();
    final List<RecordProposalRequest> recorded = new CopyOnWriteArrayList<>();
    final List<String> approvalChecks = new CopyOnWriteArrayList<>();
    final List<SendRequest> sends = new CopyOnWriteArrayList<>();
    final List<SentRecord> sentRecords = new CopyOnWriteArrayList<>();
    final List<RejectionRecord> rejections = new CopyOnWriteArrayList<>();
    final List<ExpiryRecord> expiries = new CopyOnWriteArrayList<>();
    final List<FailureRecord> failures = new CopyOnWriteArrayList<>();

    private final AtomicInteger composeAttempts = new AtomicInteger();

    /** Every compose returns JSON that does not match the schema. */
    volatile boolean composeMalformed;
    /** Users the Controller refuses (role below AGENT). */
    volatile Set<UUID> deniedApprovers = Set.of();
    /** What the channel answers. */
    volatile SendStatus sendStatus = SendStatus.SENT;
    /** Whether the contact wrote on WhatsApp within the last 24 hours. */
    volatile boolean whatsappWindowOpen = true;
    /** Whether the context says the drafting model runs in process (compose and audit may be local activities). */
    volatile boolean inProcessModel = true;
    /** The brand's WhatsApp templates, as the context reads them. */
    volatile List<WhatsAppTemplate> templates = List.of();
    /** The account's stored website text (null: the workflow reads the website). */
    volatile @Nullable String storedWebsiteText = "Clean luxury skincare from Grasse.";
    /** What reading the website gives; null = not readable. */
    volatile @Nullable String websiteText = "Lumière Skin: clean luxury skincare, made in Grasse since 1952.";
    /** Reading the website fails (an activity failure, as on a timeout). */
    volatile boolean websiteFails;

    @Override
    public DraftContext gatherContext(UUID brandId, UUID contactId, @Nullable UUID dealId) {
        calls.add("gatherContext");
        return new DraftContext(
                "Amélie Laurent",
                "Head of Partnerships",
                "amelie@lumiere-skin.example",
                "+33612345678",
                "en",
                "Lumière Skin",
                "SPONSOR",
                "https://lumiere-skin.example",
                storedWebsiteText,
                dealId == null ? null : "Lumière Skin × Desert Noir",
                dealId == null ? null : "PITCH",
                dealId == null ? null : new BigDecimal("45000.00"),
                dealId == null ? null : "EUR",
                List.of("2026-10-02 Call: interested in SS25 beauty partner slot"),
                "Quiet luxury; warm, precise, never pushy; sign off 'With warmth, the Maison'.",
                whatsappWindowOpen,
                templates,
                inProcessModel);
    }

    @Override
    public @Nullable String readWebsite(String url) {
        calls.add("readWebsite");
        if (websiteFails) {
            throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure("timed out", "WebsiteTimeout");
        }
        return websiteText;
    }

    @Override
    public List<SourceSection> retrieve(UUID brandId, String query) {
        calls.add("retrieve");
        retrieveQueries.add(query);
        UUID playbook = UUID.nameUUIDFromBytes("outreach-sop".getBytes(StandardCharsets.UTF_8));
        return List.of(
                new SourceSection(playbook, "Outreach SOP", "Sponsor pitch", "Open with the shared value…", 0.91),
                new SourceSection(playbook, "Outreach SOP", "Sign-off", "Always sign off as the Maison.", 0.74));
    }

    @Override
    public DraftProposal compose(ComposeRequest request) {
        calls.add("compose");
        composeRequests.add(request);
        int attempt = composeAttempts.incrementAndGet();
        if (composeMalformed) {
            throw ApplicationFailure.newFailure(
                    "Model output does not match the draft schema: missing 'body' (attempt " + attempt + ")",
                    DraftFailures.MALFORMED_MODEL_OUTPUT);
        }
        int n = composeRequests.size();
        String body = "Dear Amélie,\n\nDesert Noir would love Lumière Skin beside it in Milan (draft " + n + ")."
                + (request.instructions() == null ? "" : "\n[" + request.instructions() + "]")
                + "\n\nWith warmth, the Maison";
        return new DraftProposal(
                request.channel(),
                request.channel() == Channel.EMAIL ? "Desert Noir × Lumière Skin" : null,
                body,
                "en",
                "Follows the sponsor pitch SOP.",
                request.sources().stream().map(SourceSection::citation).toList(),
                "local",
                "local-template-v1",
                0,
                0);
    }

    @Override
    public GuardianAudit audit(UUID brandId, DraftProposal proposal) {
        calls.add("audit");
        audited.add(proposal);
        boolean handWritten = DraftProposal.HUMAN_PROVIDER.equals(proposal.provider());
        return handWritten
                ? new GuardianAudit(false, 64, List.of("Missing the Maison sign-off"), "2.1")
                : new GuardianAudit(true, 88, List.of(), "2.1");
    }

    @Override
    public RecordedDraft recordProposal(RecordProposalRequest request) {
        calls.add("recordProposal");
        recorded.add(request);
        return new RecordedDraft(request.draftId(), messageIdOf(request.draftId()));
    }

    @Override
    public void checkApproval(UUID brandId, UUID draftId, UUID approverId, String hash) {
        calls.add("checkApproval");
        approvalChecks.add(approverId + "/" + hash);
        if (deniedApprovers.contains(approverId)) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "User " + approverId + " has role VIEWER; approving needs AGENT or above",
                    DraftFailures.APPROVAL_DENIED);
        }
    }

    @Override
    public SendResult send(SendRequest request) {
        calls.add("send");
        sends.add(request);
        return switch (sendStatus) {
            case SENT -> new SendResult(SendStatus.SENT, "SG.fake-" + request.idempotencyKey(), null);
            case SANDBOXED -> new SendResult(SendStatus.SANDBOXED, null, null);
            case FAILED -> new SendResult(SendStatus.FAILED, null, "550 mailbox unavailable");
        };
    }

    @Override
    public void recordSent(SentRecord record) {
        calls.add("recordSent");
        sentRecords.add(record);
    }

    @Override
    public void markRejected(RejectionRecord record) {
        calls.add("markRejected");
        rejections.add(record);
    }

    @Override
    public void markExpired(ExpiryRecord record) {
        calls.add("markExpired");
        expiries.add(record);
    }

    @Override
    public void markFailed(FailureRecord record) {
        calls.add("markFailed");
        failures.add(record);
    }

    static UUID messageIdOf(UUID draftId) {
        return UUID.nameUUIDFromBytes(("message-" + draftId).getBytes(StandardCharsets.UTF_8));
    }
}
