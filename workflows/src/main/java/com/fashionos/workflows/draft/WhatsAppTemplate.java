package com.fashionos.workflows.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A WhatsApp template of the brand ({@code whatsapp_templates}); an approved one is the only way to message a contact
 * outside the 24-hour window after their last inbound message.
 *
 * @param name the brand's name for it
 * @param contentSid Twilio's ContentSid ({@code HX…})
 * @param language language code
 * @param body the approved text with {@code {{1}}}, {@code {{2}}} placeholders
 * @param variables what each placeholder stands for, in order
 * @param id the {@code whatsapp_templates} row; null in histories recorded before templates could be chosen
 * @param status WhatsApp's review status ({@code APPROVED}, {@code PENDING}, {@code REJECTED}, {@code PAUSED}…); null
 *     in histories recorded before the status was kept, when every stored template was an approved one
 */
public record WhatsAppTemplate(
        String name,
        String contentSid,
        String language,
        String body,
        List<String> variables,
        @Nullable UUID id,
        @Nullable String status) {

    /** {@link #status()} of a template WhatsApp approved: the only status that may be sent. */
    public static final String APPROVED = "APPROVED";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");
    private static final Pattern GAP = Pattern.compile("^\\[.*]$");

    public WhatsAppTemplate {
        variables = variables == null ? List.of() : List.copyOf(variables);
    }

    /** An approved template without a row id (as recorded before templates could be chosen). */
    public WhatsAppTemplate(String name, String contentSid, String language, String body, List<String> variables) {
        this(name, contentSid, language, body, variables, null, null);
    }

    /** Whether WhatsApp approved it, so it may be sent. */
    public boolean approvedForSending() {
        return status == null || APPROVED.equalsIgnoreCase(status);
    }

    /**
     * The placeholder keys a send must fill, in order: every {@code {{n}}} of the body and one per named variable
     * ("1", "2", …).
     */
    public List<String> requiredKeys() {
        TreeSet<Integer> keys = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            keys.add(Integer.parseInt(m.group(1)));
        }
        for (int i = 1; i <= variables.size(); i++) {
            keys.add(i);
        }
        return keys.stream().map(String::valueOf).toList();
    }

    /** The variable name of placeholder {@code key} ("first_name"), or the key itself when unnamed. */
    public String variableName(String key) {
        int index = Integer.parseInt(key) - 1;
        return index >= 0 && index < variables.size() ? variables.get(index) : "{{" + key + "}}";
    }

    /**
     * Required placeholders that {@code values} leaves empty or as a visible gap ({@code "[show date]"}, what the
     * Content agent writes for a value the CRM does not know), by variable name.
     */
    public List<String> missing(@Nullable Map<String, String> values) {
        List<String> missing = new ArrayList<>();
        for (String key : requiredKeys()) {
            String value = values == null ? null : values.get(key);
            if (unfilled(value)) {
                missing.add(variableName(key));
            }
        }
        return missing;
    }

    /** The text the contact will read: the body with each placeholder replaced by its value. */
    public String render(Map<String, String> values) {
        String text = body;
        for (var e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text;
    }

    /** Whether a value still needs a person: blank, or a visible gap in square brackets. */
    public static boolean unfilled(@Nullable String value) {
        return value == null || value.isBlank() || GAP.matcher(value.strip()).matches() || value.contains("{{");
    }
}
