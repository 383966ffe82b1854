package com.fashionos.activities.draft;

import com.fashionos.workflows.draft.DraftContext;
import com.fashionos.workflows.draft.WhatsAppTemplate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Outside WhatsApp's 24-hour window only an approved template may be sent: picks the brand's most fitting template
 * for outreach and fills its variables from the CRM context.
 */
final class TemplateChooser {

    private static final List<String> PREFERRED = List.of("pitch", "outreach", "intro", "introduction", "follow");

    private TemplateChooser() {}

    /** The best approved template: in the contact's language first, then by how well the name fits outreach. */
    static Optional<WhatsAppTemplate> choose(List<WhatsAppTemplate> templates, String language) {
        return templates.stream()
                .filter(WhatsAppTemplate::approvedForSending)
                .min(Comparator.comparingInt(
                                (WhatsAppTemplate t) -> t.language().equalsIgnoreCase(language) ? 0 : 1)
                        .thenComparingInt(t -> rank(t.name()))
                        .thenComparing(WhatsAppTemplate::name));
    }

    /** Values for placeholders "1", "2"… from what each variable is named after. */
    static Map<String, String> variables(WhatsAppTemplate template, DraftContext ctx, String brandName) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < template.variables().size(); i++) {
            values.put(String.valueOf(i + 1), valueFor(template.variables().get(i), ctx, brandName));
        }
        // Placeholders without a named variable still get a value, so nothing is sent as "{{3}}".
        for (int i = template.variables().size() + 1; template.body().contains("{{" + i + "}}"); i++) {
            values.put(String.valueOf(i), i == 1 ? firstName(ctx.contactName()) : topic(ctx, brandName));
        }
        return values;
    }

    static String render(WhatsAppTemplate template, Map<String, String> values) {
        String text = template.body();
        for (var e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text;
    }

    private static String valueFor(String variable, DraftContext ctx, String brandName) {
        String v = variable.toLowerCase(Locale.ROOT);
        if (v.contains("brand") || v.contains("maison") || v.contains("house")) {
            return brandName;
        }
        if (v.contains("account") || v.contains("company") || v.contains("partner")) {
            return ctx.accountName() != null ? ctx.accountName() : brandName;
        }
        if (v.contains("deal") || v.contains("campaign") || v.contains("collection") || v.contains("project")) {
            return topic(ctx, brandName);
        }
        if (v.contains("name") || v.contains("contact") || v.contains("first")) {
            return firstName(ctx.contactName());
        }
        // Not in the CRM (a date, a link…): a visible gap the approver must fill, never an invented value.
        return "[" + variable.replace('_', ' ') + "]";
    }

    private static String topic(DraftContext ctx, String brandName) {
        @Nullable String deal = ctx.dealTitle();
        return deal != null && !deal.isBlank() ? deal : brandName;
    }

    private static String firstName(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        return space > 0 ? n.substring(0, space) : n;
    }

    private static int rank(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < PREFERRED.size(); i++) {
            if (n.contains(PREFERRED.get(i))) {
                return i;
            }
        }
        return PREFERRED.size();
    }
}
