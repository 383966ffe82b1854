package com.fashionos.crm.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A thread with one contact on one channel. */
public record Conversation(
        UUID id,
        UUID brandId,
        UUID contactId,
        Channel channel,
        @Nullable String subject,
        String status,
        int unreadCount,
        @Nullable Instant lastMessageAt,
        @Nullable Instant lastInboundAt) {

    /** How long after the contact's last inbound message WhatsApp accepts free-form text. */
    public static final Duration WHATSAPP_SESSION = Duration.ofHours(24);

    /** Whether free-form WhatsApp text may be sent at {@code now} (otherwise an approved template is required). */
    public boolean whatsappSessionOpen(Instant now) {
        return lastInboundAt != null && lastInboundAt.plus(WHATSAPP_SESSION).isAfter(now);
    }
}
