package com.fashionos.activities.channel;

import com.fashionos.crm.conversation.Channel;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One approved message handed to a channel.
 *
 * @param to email address, or WhatsApp number in E.164 (with or without {@code whatsapp:})
 * @param templateSid WhatsApp ContentSid when sent as an approved template; then {@code body} is only the rendered
 *     preview and {@code templateVariables} go to the provider
 */
public record OutboundMessage(
        UUID messageId,
        Channel channel,
        String to,
        @Nullable String subject,
        String body,
        @Nullable String templateSid,
        Map<String, String> templateVariables,
        String idempotencyKey) {

    public OutboundMessage {
        templateVariables = Map.copyOf(templateVariables);
    }
}
