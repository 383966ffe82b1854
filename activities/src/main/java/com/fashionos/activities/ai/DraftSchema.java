package com.fashionos.activities.ai;

import com.google.genai.types.Schema;
import com.google.genai.types.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one draft JSON schema: given to Gemini as its response schema, and checked by {@link #parse} on every model's
 * output (Gemini's and the local model's alike).
 */
public final class DraftSchema {

    /** Channels a draft may be written for. */
    public static final Set<String> CHANNELS = Set.of("EMAIL", "WHATSAPP");

    private static final List<String> REQUIRED = List.of("channel", "body", "language", "rationale", "sources");

    private DraftSchema() {}

    /** The schema as Gemini's {@code responseSchema}. */
    public static Schema geminiSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "channel",
                Schema.builder()
                        .type(Type.Known.STRING)
                        .enum_(List.of("EMAIL", "WHATSAPP"))
                        .build());
        properties.put(
                "subject",
                Schema.builder()
                        .type(Type.Known.STRING)
                        .nullable(true)
                        .description("Email subject line; null for WhatsApp")
                        .build());
        properties.put(
                "body",
                Schema.builder()
                        .type(Type.Known.STRING)
                        .description("The full message text")
                        .build());
        properties.put(
                "language",
                Schema.builder()
                        .type(Type.Known.STRING)
                        .description("ISO 639-1 code")
                        .build());
        properties.put(
                "rationale",
                Schema.builder()
                        .type(Type.Known.STRING)
                        .description("Why it is written this way, for the human reviewer")
                        .build());
        properties.put(
                "sources",
                Schema.builder()
                        .type(Type.Known.ARRAY)
                        .items(Schema.builder().type(Type.Known.STRING))
                        .description("Citations of the playbook sections followed, exactly as given")
                        .build());
        return Schema.builder()
                .type(Type.Known.OBJECT)
                .properties(properties)
                .required(REQUIRED)
                .propertyOrdering(List.of("channel", "subject", "body", "language", "rationale", "sources"))
                .build();
    }

    /**
     * Parses and validates a model's raw output: a JSON object with the required fields, {@code channel} one of
     * {@link #CHANNELS}, a non-blank body, a subject for EMAIL, and string sources.
     *
     * @throws MalformedModelOutputException saying what is wrong
     */
    public static DraftJson parse(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            throw new MalformedModelOutputException("The model returned no text");
        }
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(stripFence(raw));
        } catch (JacksonException e) {
            throw new MalformedModelOutputException("The model's output is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode)) {
            throw new MalformedModelOutputException("The model's output is not a JSON object");
        }
        List<String> problems = new ArrayList<>();
        for (String field : REQUIRED) {
            if (!root.has(field) || root.get(field).isNull()) {
                problems.add("missing '" + field + "'");
            }
        }
        String channel = text(root, "channel");
        if (channel != null && !CHANNELS.contains(channel)) {
            problems.add("'channel' must be EMAIL or WHATSAPP, not '" + channel + "'");
        }
        String body = text(root, "body");
        if (root.has("body") && (body == null || body.isBlank())) {
            problems.add("'body' is blank");
        }
        String subject = text(root, "subject");
        if ("EMAIL".equals(channel) && (subject == null || subject.isBlank())) {
            problems.add("'subject' is required for EMAIL");
        }
        for (String field : List.of("language", "rationale")) {
            if (root.has(field) && !root.get(field).isString()) {
                problems.add("'" + field + "' must be a string");
            }
        }
        List<String> sources = new ArrayList<>();
        JsonNode sourceNode = root.path("sources");
        if (root.has("sources") && !sourceNode.isArray()) {
            problems.add("'sources' must be an array");
        } else {
            for (JsonNode s : sourceNode) {
                if (s.isString()) {
                    sources.add(s.asString());
                } else {
                    problems.add("'sources' must hold strings");
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MalformedModelOutputException(
                    "The model's draft does not match the schema: " + String.join("; ", problems));
        }
        return new DraftJson(
                channel == null ? "" : channel,
                "WHATSAPP".equals(channel) ? null : subject,
                body == null ? "" : body,
                root.get("language").asString(),
                root.get("rationale").asString(),
                sources);
    }

    /** Serialises a draft as the schema's JSON. */
    public static String toJson(DraftJson draft) {
        ObjectNode node = JsonMapper.shared().createObjectNode();
        node.put("channel", draft.channel());
        node.put("subject", draft.subject());
        node.put("body", draft.body());
        node.put("language", draft.language());
        node.put("rationale", draft.rationale());
        var sources = node.putArray("sources");
        draft.sources().forEach(sources::add);
        return JsonMapper.shared().writeValueAsString(node);
    }

    private static @Nullable String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.isString() ? node.asString() : null;
    }

    private static String stripFence(String raw) {
        String s = raw.strip();
        if (s.startsWith("```")) {
            int firstNewline = s.indexOf('\n');
            int lastFence = s.lastIndexOf("```");
            if (firstNewline > 0 && lastFence > firstNewline) {
                return s.substring(firstNewline + 1, lastFence);
            }
        }
        return s;
    }
}
