package com.fashionos.crm.conversation;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A draft outbound message proposed by an agent (or started by a person) for one contact.
 *
 * @param templateSid a WhatsApp-approved template (ContentSid) when the message must go out as a template
 * @param templateVariables the template's variables ({@code "1" -> "Amélie"})
 */
public record NewDraft(
        UUID contactId,
        Channel channel,
        @Nullable String toAddress,
        @Nullable String fromAddress,
        @Nullable String subject,
        String body,
        @Nullable UUID aiRunId,
        @Nullable String templateSid,
        Map<String, String> templateVariables) {

    public NewDraft {
        templateVariables = Map.copyOf(templateVariables);
    }
}
