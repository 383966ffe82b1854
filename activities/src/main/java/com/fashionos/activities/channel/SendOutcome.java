package com.fashionos.activities.channel;

/**
 * What a channel did with a message.
 *
 * @param provider {@code sendgrid}, {@code twilio} or {@code sandbox}
 * @param providerMessageId the provider's id (SendGrid X-Message-Id, Twilio SID)
 * @param sandboxed true when it was only stored ("not sent — sandbox")
 */
public record SendOutcome(String provider, String providerMessageId, boolean sandboxed) {}
