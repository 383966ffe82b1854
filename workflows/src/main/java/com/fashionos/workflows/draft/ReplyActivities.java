package com.fashionos.workflows.draft;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.UUID;

/**
 * The I/O of a composer reply that is not shared with drafts (the send itself is {@link DraftActivities#send}, with
 * its database approval re-check and idempotent outbox). Implemented in the {@code activities} module, in the brand's
 * tenant context; idempotent.
 */
@ActivityInterface(namePrefix = "Reply")
public interface ReplyActivities {

    /**
     * Records the reply as an outbound message APPROVED by its sender, with the database's hash of exactly this text
     * as the approved hash; the row's id is the reply id, so a retry returns the same row. Refuses with {@link
     * DraftFailures#APPROVAL_DENIED} unless the sender has role AGENT or above in the brand, and with {@link
     * DraftFailures#INVALID_INPUT} when the stored text does not hash to {@link ReplyRequest#bodyHash()} or the
     * contact has no address on the channel. Returns the message id.
     */
    @ActivityMethod
    UUID recordReply(ReplyRequest request);

    /** Adds the "Sent" (or "Not sent — sandbox") entry with the exact text to the contact's and deal's timeline. */
    @ActivityMethod
    void recordReplySent(ReplySentRecord record);
}
