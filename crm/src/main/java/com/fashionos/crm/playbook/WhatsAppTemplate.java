package com.fashionos.crm.playbook;

import java.util.List;
import java.util.UUID;

/**
 * A WhatsApp-approved message template: {@code contentSid} (HX…) and a body with {@code {{1}}, {{2}}…}
 * placeholders; {@code variables} names what each placeholder holds, in order. {@code status} is WhatsApp's review
 * of it ({@link #APPROVED}, PENDING, REJECTED, PAUSED, DISABLED): only an approved template may be sent.
 */
public record WhatsAppTemplate(
        UUID id, String name, String contentSid, String language, String body, List<String> variables, String status) {

    /** The status of a template WhatsApp approved. */
    public static final String APPROVED = "APPROVED";

    public WhatsAppTemplate {
        variables = List.copyOf(variables);
        status = status == null ? APPROVED : status;
    }

    /** An approved template. */
    public WhatsAppTemplate(
            UUID id, String name, String contentSid, String language, String body, List<String> variables) {
        this(id, name, contentSid, language, body, variables, APPROVED);
    }

    /** Whether WhatsApp approved it, so it may be sent. */
    public boolean approved() {
        return APPROVED.equals(status);
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
