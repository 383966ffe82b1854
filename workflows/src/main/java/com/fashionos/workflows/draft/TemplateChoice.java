package com.fashionos.workflows.draft;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Update {@code useTemplate}: send this approved WhatsApp template instead of the current text (outside the 24-hour
 * window nothing else may go out).
 *
 * @param templateId the {@code whatsapp_templates} row; must be one of the brand's templates the draft knows
 * @param variables the values of the placeholders by position ("1", "2", …); every required one must be filled
 * @param userId who chose it
 */
public record TemplateChoice(
        @Nullable UUID templateId,
        Map<String, String> variables,
        @Nullable UUID userId) {

    public TemplateChoice {
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }
}
