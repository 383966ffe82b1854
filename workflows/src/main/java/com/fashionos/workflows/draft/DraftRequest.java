package com.fashionos.workflows.draft;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Input of {@link NeuralDraftWorkflow#draft(DraftRequest)}.
 *
 * @param brandId the tenant
 * @param draftId the draft's business id; the activity side may use it as the {@code ai_runs} id of the draft
 * @param dealId the deal the draft is about, if any; a deal-scoped draft is unique per deal and channel while it runs
 *     (see {@link NeuralDraftWorkflow#workflowIdFor(DraftRequest)})
 * @param contactId the recipient
 * @param channel email or WhatsApp
 * @param trigger one of {@link DraftTriggers}
 * @param requestedBy the user who asked for the draft, or null for automatic triggers (stage change, API)
 * @param expiryDays how long the draft waits for a decision before it expires; 0 or less means {@link
 *     #DEFAULT_EXPIRY_DAYS}
 * @param instructions optional guidance for the first draft ("mention the Milan show")
 * @param resumeFrom set only when the app re-drives a draft that was awaiting approval on a server that lost its
 *     history: the workflow then skips straight to the wait with the stored version (see {@link ResumePoint})
 */
public record DraftRequest(
        UUID brandId,
        UUID draftId,
        @Nullable UUID dealId,
        UUID contactId,
        Channel channel,
        String trigger,
        @Nullable UUID requestedBy,
        int expiryDays,
        @Nullable String instructions,
        @Nullable ResumePoint resumeFrom) {

    /** Days a draft waits for a human decision when the request does not say. */
    public static final int DEFAULT_EXPIRY_DAYS = 7;

    /** A fresh draft (no resume point). */
    public DraftRequest(
            UUID brandId,
            UUID draftId,
            @Nullable UUID dealId,
            UUID contactId,
            Channel channel,
            String trigger,
            @Nullable UUID requestedBy,
            int expiryDays,
            @Nullable String instructions) {
        this(brandId, draftId, dealId, contactId, channel, trigger, requestedBy, expiryDays, instructions, null);
    }

    /** The expiry actually applied, in days. */
    public int effectiveExpiryDays() {
        return expiryDays > 0 ? expiryDays : DEFAULT_EXPIRY_DAYS;
    }

    /** The same request re-driven from a stored version (restart safety). */
    public DraftRequest resumingFrom(ResumePoint point) {
        return new DraftRequest(
                brandId, draftId, dealId, contactId, channel, trigger, requestedBy, expiryDays, instructions, point);
    }
}
