package com.fashionos.workflows.draft;

import java.util.List;

/**
 * A WhatsApp template approved for the brand ({@code whatsapp_templates}); the only way to message a contact outside
 * the 24-hour window after their last inbound message.
 *
 * @param name the brand's name for it
 * @param contentSid Twilio's ContentSid ({@code HX…})
 * @param language language code
 * @param body the approved text with {@code {{1}}}, {@code {{2}}} placeholders
 * @param variables what each placeholder stands for, in order
 */
public record WhatsAppTemplate(String name, String contentSid, String language, String body, List<String> variables) {

    public WhatsAppTemplate {
        variables = variables == null ? List.of() : List.copyOf(variables);
    }
}
