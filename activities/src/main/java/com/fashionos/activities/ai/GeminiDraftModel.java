package com.fashionos.activities.ai;

import com.fashionos.workflows.draft.ComposeRequest;
import com.fashionos.workflows.draft.DraftContext;
import com.fashionos.workflows.draft.SourceSection;
import com.google.genai.Client;
import com.google.genai.errors.ApiException;
import com.google.genai.errors.ClientException;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Part;
import com.google.genai.types.Schema;
import com.google.genai.types.ThinkingConfig;
import com.google.genai.types.Type;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gemini through the official {@code google-genai} client: the pro model drafts with structured output (the
 * {@link DraftSchema} as response schema) and a thinking budget; the flash model judges drafts for the Guardian. The
 * SDK's own retries are off: Temporal retries activities, and malformed output is asked for again here.
 */
public class GeminiDraftModel implements DraftModel {

    public static final String PROVIDER = "gemini";

    private final Client client;
    private final AiProperties properties;

    public GeminiDraftModel(AiProperties properties) {
        this.properties = properties;
        AiProperties.Gemini gemini = properties.gemini();
        this.client = Client.builder()
                .apiKey(gemini.apiKey())
                .httpOptions(HttpOptions.builder()
                        .baseUrl(gemini.baseUrl())
                        .apiVersion(gemini.apiVersion())
                        .timeout((int) gemini.timeout().toMillis())
                        .retryOptions(HttpRetryOptions.builder().attempts(1).build())
                        .build())
                .build();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public String model() {
        return properties.gemini().proModel();
    }

    @Override
    public ModelDraft compose(ComposeRequest request) {
        GenerateContentConfig config = GenerateContentConfig.builder()
                .systemInstruction(Content.fromParts(Part.fromText(systemInstruction(request))))
                .responseMimeType("application/json")
                .responseSchema(DraftSchema.geminiSchema())
                .thinkingConfig(ThinkingConfig.builder()
                        .thinkingBudget(properties.gemini().thinkingBudget())
                        .build())
                .temperature(0.7f)
                .build();
        String prompt = prompt(request);
        int attempts = properties.malformedRetries() + 1;
        MalformedModelOutputException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            GenerateContentResponse response = call(model(), prompt, config);
            try {
                DraftJson draft = DraftSchema.parse(response.text());
                if (!draft.channel().equals(request.channel().name())) {
                    throw new MalformedModelOutputException(
                            "The model wrote for " + draft.channel() + " but " + request.channel() + " was asked");
                }
                int[] tokens = tokens(response);
                return new ModelDraft(draft, PROVIDER, model(), tokens[0], tokens[1]);
            } catch (MalformedModelOutputException e) {
                last = e;
            }
        }
        throw ModelFailures.malformed(PROVIDER, attempts, last);
    }

    @Override
    public Optional<ModelJudgement> judge(String dnaSummary, DraftJson draft) {
        Schema schema = Schema.builder()
                .type(Type.Known.OBJECT)
                .properties(Map.of(
                        "score",
                        Schema.builder().type(Type.Known.INTEGER).build(),
                        "issues",
                        Schema.builder()
                                .type(Type.Known.ARRAY)
                                .items(Schema.builder().type(Type.Known.STRING))
                                .build()))
                .required(List.of("score", "issues"))
                .build();
        GenerateContentConfig config = GenerateContentConfig.builder()
                .responseMimeType("application/json")
                .responseSchema(schema)
                .temperature(0f)
                .build();
        String prompt = "You are the Guardian of a fashion house's voice. Score from 0 to 100 how well this "
                + draft.channel() + " message follows the Maison DNA below, and list each concrete problem in one "
                + "short sentence (none if it is aligned).\n\nMAISON DNA\n" + dnaSummary + "\n\nMESSAGE\n"
                + (draft.subject() == null ? "" : "Subject: " + draft.subject() + "\n") + draft.body();
        GenerateContentResponse response = call(properties.gemini().flashModel(), prompt, config);
        try {
            JsonNode node = JsonMapper.shared().readTree(response.text() == null ? "" : response.text());
            if (!node.path("score").isNumber()) {
                return Optional.empty();
            }
            List<String> issues = new ArrayList<>();
            node.path("issues").forEach(i -> issues.add(i.asString()));
            return Optional.of(new ModelJudgement(
                    node.path("score").asInt(), issues, properties.gemini().flashModel()));
        } catch (JacksonException e) {
            // An unreadable judgement is left out; the rule-based audit still stands.
            return Optional.empty();
        }
    }

    private GenerateContentResponse call(String model, String prompt, GenerateContentConfig config) {
        try {
            return client.models.generateContent(model, prompt, config);
        } catch (ClientException e) {
            if (e.code() == 429) {
                throw ApplicationFailure.newFailure(
                        "Gemini rate limit: " + e.message(), ModelFailures.MODEL_UNAVAILABLE);
            }
            throw ApplicationFailure.newNonRetryableFailure(
                    "Gemini refused the request (" + e.code() + " " + e.status() + "): " + e.message(),
                    ModelFailures.MODEL_REJECTED);
        } catch (ApiException e) {
            throw ApplicationFailure.newFailure(
                    "Gemini unavailable (" + e.code() + "): " + e.message(), ModelFailures.MODEL_UNAVAILABLE);
        } catch (RuntimeException e) {
            if (e instanceof ApplicationFailure) {
                throw e;
            }
            throw ApplicationFailure.newFailure(
                    "Gemini unreachable: " + e.getMessage(), ModelFailures.MODEL_UNAVAILABLE);
        }
    }

    private static int[] tokens(GenerateContentResponse response) {
        Optional<GenerateContentResponseUsageMetadata> usage = response.usageMetadata();
        int in = usage.flatMap(GenerateContentResponseUsageMetadata::promptTokenCount)
                .orElse(0);
        int out = usage.flatMap(GenerateContentResponseUsageMetadata::candidatesTokenCount)
                        .orElse(0)
                + usage.flatMap(GenerateContentResponseUsageMetadata::thoughtsTokenCount)
                        .orElse(0);
        return new int[] {in, out};
    }

    private static String systemInstruction(ComposeRequest request) {
        return """
                You are the Content agent of a fashion house. You write one %s message to a business contact, in \
                the Maison's verbal DNA, following the outreach SOP sections provided. Rules: use only facts given \
                in the context (never invent events, numbers or quotes); respect every rule of the Maison DNA \
                (banned words, sign-off, opt-out line, length); write in the contact's language; list in "sources" \
                the citations of the SOP sections you followed, copied exactly as given. Answer with JSON only.\
                """.formatted(request.channel());
    }

    static String prompt(ComposeRequest request) {
        DraftContext c = request.context();
        var p = new StringBuilder();
        p.append("CHANNEL: ").append(request.channel()).append("\n\n");
        p.append("MAISON DNA\n").append(c.maisonDnaSummary()).append("\n\n");
        p.append("RECIPIENT\n").append("Name: ").append(c.contactName()).append('\n');
        append(p, "Role", c.contactRole());
        append(p, "Language", c.language());
        append(p, "Account", c.accountName());
        append(p, "Account type", c.accountType());
        append(p, "Website", c.accountWebsite());
        if (c.websiteText() != null) {
            p.append("Website text (fetched): ").append(c.websiteText()).append('\n');
        }
        if (c.dealTitle() != null) {
            p.append("\nDEAL\n");
            append(p, "Title", c.dealTitle());
            append(p, "Stage", c.dealStage());
            if (c.dealValue() != null) {
                p.append("Value: ")
                        .append(c.dealValue().toPlainString())
                        .append(' ')
                        .append(c.dealCurrency() == null ? "" : c.dealCurrency())
                        .append('\n');
            }
        }
        if (!c.recentActivities().isEmpty()) {
            p.append("\nRECENT HISTORY (newest first)\n");
            c.recentActivities().forEach(a -> p.append("- ").append(a).append('\n'));
        }
        p.append("\nSOP SECTIONS (cite as given in brackets)\n");
        for (SourceSection s : request.sources()) {
            p.append("[").append(s.citation()).append("]\n").append(s.excerpt()).append("\n\n");
        }
        if (request.previousDraft() != null) {
            p.append("PREVIOUS DRAFT\n");
            if (request.previousDraft().subject() != null) {
                p.append("Subject: ").append(request.previousDraft().subject()).append('\n');
            }
            p.append(request.previousDraft().body()).append("\n\n");
        }
        if (request.instructions() != null && !request.instructions().isBlank()) {
            p.append("INSTRUCTIONS FROM THE REVIEWER\n")
                    .append(request.instructions())
                    .append('\n');
        }
        return p.toString();
    }

    private static void append(StringBuilder p, String label, @org.jspecify.annotations.Nullable String value) {
        if (value != null && !value.isBlank()) {
            p.append(label).append(": ").append(value).append('\n');
        }
    }
}
