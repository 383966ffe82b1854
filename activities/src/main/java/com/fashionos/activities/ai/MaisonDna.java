package com.fashionos.activities.ai;

import com.fashionos.crm.conversation.Channel;
import com.fashionos.crm.playbook.DnaRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Maison DNA as it travels through a workflow: a short text ({@link #toSummary()}) that a person, Gemini and the
 * local model can all read, and that {@link #parse} turns back into rules.
 *
 * @param brandName the Maison's name, used in greetings and sign-offs
 * @param campaign the brand's current campaign, if any
 * @param version the DNA document version ("2.1")
 * @param rules the Guardian's rules
 * @param text an excerpt of the DNA document itself, for Gemini
 */
public record MaisonDna(String brandName, @Nullable String campaign, String version, DnaRules rules, String text) {

    private static final String SEPARATOR = "---";

    /** The summary placed in the draft context. */
    public String toSummary() {
        var out = new StringBuilder();
        out.append("Maison DNA v")
                .append(version)
                .append(" of ")
                .append(brandName)
                .append('\n');
        if (campaign != null) {
            out.append("Campaign: ").append(campaign).append('\n');
        }
        List<String> pillars = new ArrayList<>();
        for (DnaRules.Pillar p : rules.pillars()) {
            pillars.add(p.name() + " [" + String.join(", ", p.keywords()) + "]");
        }
        line(out, "Pillars", String.join("; ", pillars));
        line(out, "Banned words", String.join("; ", rules.bannedWords()));
        line(out, "Email sign-off", rules.requiredSignOff());
        line(out, "WhatsApp opt-out", rules.whatsappOptOut());
        List<String> limits = new ArrayList<>();
        rules.maxLength().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> limits.add(e.getKey() + " " + e.getValue()));
        line(out, "Max length", String.join("; ", limits));
        if (!text.isBlank()) {
            out.append(SEPARATOR).append('\n').append(text.strip()).append('\n');
        }
        return out.toString();
    }

    /** Reads a summary written by {@link #toSummary()}; lines it does not know are ignored. */
    public static MaisonDna parse(String summary) {
        String brand = "the Maison";
        String version = "1.0";
        String campaign = null;
        List<DnaRules.Pillar> pillars = new ArrayList<>();
        List<String> banned = new ArrayList<>();
        String signOff = null;
        String optOut = null;
        Map<Channel, Integer> max = new EnumMap<>(Channel.class);
        var text = new StringBuilder();
        boolean inText = false;
        for (String line : summary.split("\n", -1)) {
            if (inText) {
                text.append(line).append('\n');
                continue;
            }
            if (line.equals(SEPARATOR)) {
                inText = true;
            } else if (line.startsWith("Maison DNA v") && line.contains(" of ")) {
                version = line.substring("Maison DNA v".length(), line.indexOf(" of "));
                brand = line.substring(line.indexOf(" of ") + 4).strip();
            } else if (line.startsWith("Campaign: ")) {
                campaign = value(line);
            } else if (line.startsWith("Pillars: ")) {
                for (String p : value(line).split(";")) {
                    String s = p.strip();
                    if (s.isEmpty()) {
                        continue;
                    }
                    int open = s.indexOf(" [");
                    if (open > 0 && s.endsWith("]")) {
                        List<String> keywords = new ArrayList<>();
                        for (String k : s.substring(open + 2, s.length() - 1).split(",")) {
                            if (!k.isBlank()) {
                                keywords.add(k.strip().toLowerCase(Locale.ROOT));
                            }
                        }
                        pillars.add(new DnaRules.Pillar(s.substring(0, open), keywords));
                    } else {
                        pillars.add(new DnaRules.Pillar(s, List.of(s.toLowerCase(Locale.ROOT))));
                    }
                }
            } else if (line.startsWith("Banned words: ")) {
                for (String w : value(line).split(";")) {
                    if (!w.isBlank()) {
                        banned.add(w.strip());
                    }
                }
            } else if (line.startsWith("Email sign-off: ")) {
                signOff = value(line).replace("\\n", "\n");
            } else if (line.startsWith("WhatsApp opt-out: ")) {
                optOut = value(line);
            } else if (line.startsWith("Max length: ")) {
                for (String l : value(line).split(";")) {
                    String[] parts = l.strip().split(" ");
                    if (parts.length == 2) {
                        try {
                            max.put(Channel.valueOf(parts[0]), Integer.parseInt(parts[1]));
                        } catch (IllegalArgumentException ignored) {
                            // not a limit this version understands
                        }
                    }
                }
            }
        }
        return new MaisonDna(
                brand, campaign, version, new DnaRules(pillars, banned, signOff, optOut, max), text.toString());
    }

    private static void line(StringBuilder out, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            out.append(label).append(": ").append(value.replace("\n", "\\n")).append('\n');
        }
    }

    private static String value(String line) {
        return line.substring(line.indexOf(": ") + 2).strip();
    }
}
