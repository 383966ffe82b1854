package com.fashionos.crm.playbook;

import java.util.List;
import java.util.UUID;

/**
 * A WhatsApp-approved message template: {@code contentSid} (HX…) and a body with {@code {{1}}, {{2}}…}
 * placeholders; {@code variables} names what each placeholder holds, in order.
 */
public record WhatsAppTemplate(
        UUID id, String name, String contentSid, String language, String body, List<String> variables) {

    public WhatsAppTemplate {
        variables = List.copyOf(variables);
    }

    /** The body with placeholder {@code {{n}}} replaced by {@code values.get("n")} where present. */
    public String render(java.util.Map<String, String> values) {
        String text = body;
        for (var e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text;
    }
}
