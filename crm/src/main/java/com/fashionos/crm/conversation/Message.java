package com.fashionos.crm.conversation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message of a conversation. {@code bodyHash} is computed by the database from subject and body (see
 * {@link MessageHash}); an outbound message past {@code APPROVED} carries {@code approvedHash == bodyHash}.
 */
public record Message(
        UUID id,
        UUID brandId,
        UUID conversationId,
        UUID contactId,
        Direction direction,
        Channel channel,
        MessageStatus status,
        @Nullable String fromAddress,
        @Nullable String toAddress,
        @Nullable String subject,
        String body,
        String bodyHash,
        @Nullable UUID approvedBy,
        @Nullable Instant approvedAt,
        @Nullable String approvedHash,
        @Nullable UUID aiRunId,
        @Nullable String templateSid,
        Map<String, String> templateVariables,
        @Nullable String provider,
        @Nullable String providerMessageId,
        @Nullable String idempotencyKey,
        @Nullable String error,
        @Nullable Instant sentAt,
        Instant createdAt) {

    /** Whether an approval of exactly the current text is recorded. */
    public boolean approvedAsIs() {
        return approvedBy != null && approvedAt != null && bodyHash.equals(approvedHash);
    }

    /** The label the outbox shows for this message. */
    public String outboxLabel() {
        return switch (status) {
            case SANDBOXED -> "not sent — sandbox";
            case DRAFT -> "draft — awaiting approval";
            case APPROVED -> "approved — queued";
            case SENDING -> "sending";
            case FAILED -> "failed" + (error == null ? "" : ": " + error);
            default -> status.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
