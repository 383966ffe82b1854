package com.fashionos.activities.channel;

/**
 * A way out of the system for approved messages. Implementations call one provider exactly once per call and never
 * retry by themselves: Temporal owns retries, and the outbox decides whether a retry may call again.
 */
public interface ChannelSender {

    /** Short provider name stored on the message ({@code sendgrid}, {@code twilio}, {@code sandbox}). */
    String provider();

    /**
     * Hands {@code message} to the provider.
     *
     * @throws ChannelException when the provider refused, was unavailable, or did not answer
     */
    SendOutcome send(OutboundMessage message);
}
