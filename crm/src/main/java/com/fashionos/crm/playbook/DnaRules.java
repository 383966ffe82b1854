package com.fashionos.crm.playbook;

import com.fashionos.crm.conversation.Channel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Guardian's rules from the Maison DNA document ({@code playbooks.rules} of the DNA playbook):
 *
 * <pre>{@code
 * {"pillars": ["Quiet confidence", {"name": "Craft", "keywords": ["atelier", "hand"]}],
 *  "bannedWords": ["cheap", "discount"], "requiredSignOff": "With warmth, Maison Aurelle",
 *  "whatsappOptOut": "Reply STOP to opt out", "maxLength": {"EMAIL": 1800, "WHATSAPP": 600}}
 * }</pre>
 */
public record DnaRules(
        List<Pillar> pillars,
        List<String> bannedWords,
        @Nullable String requiredSignOff,
        @Nullable String whatsappOptOut,
        Map<Channel, Integer> maxLength) {

    private static final Set<String> STOP_WORDS = Set.of(
            "and", "the", "with", "for", "from", "that", "this", "into", "over", "our", "your", "are", "not", "but");

    public DnaRules {
        pillars = List.copyOf(pillars);
        bannedWords = List.copyOf(bannedWords);
        maxLength = maxLength.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(maxLength));
    }

    /** A verbal pillar and the words that show it in a text. */
    public record Pillar(String name, List<String> keywords) {
        public Pillar {
            keywords = List.copyOf(keywords);
        }
    }

    /** No rules at all (a brand without a DNA document). */
    public static DnaRules none() {
        return new DnaRules(List.of(), List.of(), null, null, Map.of());
    }

    /** The length limit for {@code channel}, if the DNA sets one. */
    public Optional<Integer> maxLength(Channel channel) {
        return Optional.ofNullable(maxLength.get(channel));
    }

    /** Reads the rules object of a DNA playbook; unknown fields are ignored, missing ones mean "no rule". */
    public static DnaRules fromJson(String json) {
        JsonNode root = JsonMapper.shared().readTree(json);
        List<Pillar> pillars = new ArrayList<>();
        for (JsonNode p : root.path("pillars")) {
            if (p.isString()) {
                pillars.add(new Pillar(p.asString(), keywordsOf(p.asString())));
            } else if (p.isObject()) {
                String name = p.path("name").asString("");
                List<String> keywords = new ArrayList<>();
                p.path("keywords").forEach(k -> keywords.add(k.asString().toLowerCase(Locale.ROOT)));
                if (keywords.isEmpty()) {
                    keywords.addAll(keywordsOf(name));
                }
                pillars.add(new Pillar(name, keywords));
            }
        }
        List<String> banned = new ArrayList<>();
        root.path("bannedWords").forEach(w -> banned.add(w.asString()));
        Map<Channel, Integer> max = new EnumMap<>(Channel.class);
        root.path("maxLength").properties().forEach(e -> {
            try {
                max.put(
                        Channel.valueOf(e.getKey().toUpperCase(Locale.ROOT)),
                        e.getValue().asInt());
            } catch (IllegalArgumentException ignored) {
                // a channel this version does not know
            }
        });
        return new DnaRules(pillars, banned, text(root, "requiredSignOff"), text(root, "whatsappOptOut"), max);
    }

    private static @Nullable String text(JsonNode root, String field) {
        JsonNode node = root.path(field);
        return node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }

    private static List<String> keywordsOf(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
