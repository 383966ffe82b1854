package com.fashionos.activities.channel;

import com.fashionos.crm.conversation.Message;
import org.jspecify.annotations.Nullable;

/**
 * What became of an outbox send.
 *
 * @param status SENT, SANDBOXED or FAILED (for good; nothing will be retried)
 * @param message the message row afterwards
 */
public record OutboxResult(
        Status status,
        @Nullable String providerMessageId,
        @Nullable String error,
        Message message) {

    /** Outcome of an outbox send. */
    public enum Status {
        SENT,
        SANDBOXED,
        FAILED
    }
}
