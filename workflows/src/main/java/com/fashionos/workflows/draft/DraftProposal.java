package com.fashionos.workflows.draft;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One version of a draft: the Content agent's structured output (validated against the JSON schema by the activity),
 * or a hand edit.
 *
 * @param channel the channel it is written for
 * @param subject email subject; null for WhatsApp
 * @param body the message text (for a WhatsApp template: the rendered template)
 * @param language language code of the text
 * @param rationale why it is written this way, for the human reviewer
 * @param sources citations of the playbook sections it followed ({@link SourceSection#citation()})
 * @param provider {@code gemini}, {@code local}, or {@link #HUMAN_PROVIDER} for a hand edit
 * @param model the model id, or {@code edit}
 * @param tokensIn prompt tokens (0 when not applicable)
 * @param tokensOut output tokens (0 when not applicable)
 * @param templateSid WhatsApp ContentSid when the 24-hour window is closed and a template must be used, else null
 * @param templateVariables values of the template placeholders by position ("1", "2", …); empty without a template
 */
public record DraftProposal(
        Channel channel,
        @Nullable String subject,
        String body,
        String language,
        String rationale,
        List<String> sources,
        String provider,
        String model,
        int tokensIn,
        int tokensOut,
        @Nullable String templateSid,
        Map<String, String> templateVariables) {

    /** {@link #provider()} of a version written by hand. */
    public static final String HUMAN_PROVIDER = "human";
    /** {@link #model()} of a version whose WhatsApp template a human chose ({@code useTemplate}). */
    public static final String TEMPLATE_MODEL = "whatsapp-template";

    public DraftProposal {
        sources = sources == null ? List.of() : List.copyOf(sources);
        templateVariables = templateVariables == null ? Map.of() : Map.copyOf(templateVariables);
    }

    /** A free-form proposal (no WhatsApp template). */
    public DraftProposal(
            Channel channel,
            @Nullable String subject,
            String body,
            String language,
            String rationale,
            List<String> sources,
            String provider,
            String model,
            int tokensIn,
            int tokensOut) {
        this(
                channel, subject, body, language, rationale, sources, provider, model, tokensIn, tokensOut, null,
                Map.of());
    }

    /** The hash of this text, as approvals and the database compute it. */
    public String textHash() {
        return MessageHash.of(subject, body);
    }

    /** This version with its text replaced by hand; sources and language stay, the provider becomes "human". */
    public DraftProposal editedByHand(@Nullable String newSubject, String newBody) {
        return new DraftProposal(
                channel,
                newSubject,
                newBody,
                language,
                "Edited by hand. Earlier rationale: " + rationale,
                sources,
                HUMAN_PROVIDER,
                "edit",
                0,
                0,
                null,
                Map.of());
    }
}
