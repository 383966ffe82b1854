package com.fashionos.workflows.draft;

import org.jspecify.annotations.Nullable;

/**
 * Result of {@link DraftActivities#send}.
 *
 * @param status SENT, SANDBOXED or FAILED
 * @param providerMessageId the provider's id (SendGrid message id, Twilio SID), null when sandboxed or failed
 * @param error why it failed, null otherwise
 */
public record SendResult(
        SendStatus status,
        @Nullable String providerMessageId,
        @Nullable String error) {}
