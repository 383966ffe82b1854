package com.fashionos.activities.channel;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A channel could not hand the message over. Says whether trying again may help, when, and whether the provider may
 * have accepted it anyway.
 */
public class ChannelException extends RuntimeException {

    /** How the failure bears on the outbox. */
    public enum Kind {
        /** The provider answered with a refusal that will not change (4xx other than 429): never retry. */
        REJECTED,
        /** The provider answered "not now" (5xx, 429) or could not be reached: nothing was sent, retry later. */
        RETRYABLE,
        /**
         * The request was written but no answer came (timeout, connection reset): it may have been accepted, so
         * sending again could duplicate it.
         */
        IN_DOUBT
    }

    private final Kind kind;
    private final @Nullable Duration retryAfter;
    private final @Nullable Integer providerCode;

    public ChannelException(
            String message,
            Kind kind,
            @Nullable Duration retryAfter,
            @Nullable Integer providerCode,
            @Nullable Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.providerCode = providerCode;
    }

    public Kind kind() {
        return kind;
    }

    /** The provider's Retry-After, if it sent one. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }

    /** The provider's own error code (Twilio 63016 …), if any. */
    public @Nullable Integer providerCode() {
        return providerCode;
    }
}
