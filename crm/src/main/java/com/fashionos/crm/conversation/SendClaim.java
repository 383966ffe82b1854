package com.fashionos.crm.conversation;

/**
 * The result of claiming a message for sending under an idempotency key.
 *
 * @param message the row after the claim
 * @param state what the caller may do
 */
public record SendClaim(Message message, State state) {

    /** What the caller of {@link ConversationService#claimForSend} may do next. */
    public enum State {
        /** The row is now SENDING under this key: call the provider exactly once. */
        CLAIMED,
        /** Already sent (or sandboxed) under this key: return the stored result, do not call the provider. */
        ALREADY_DISPATCHED,
        /**
         * A previous attempt under this key reached the provider and its outcome is unknown (e.g. a timeout after the
         * request was written): calling again could send twice, so the caller must not.
         */
        IN_DOUBT,
        /** A previous attempt failed for good (see {@link Message#error()}): do not call the provider. */
        FAILED
    }
}
