package com.fashionos.activities.retrieval;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a Markdown playbook into sections at its {@code ##} and {@code ###} headings (outside code fences). A
 * {@code ###} section's heading carries its parent ("Sponsors › Opening"); text before the first section becomes a
 * section named after the {@code #} title (or "Introduction"). Empty sections are dropped.
 */
public final class MarkdownChunker {

    /** One section: its heading path and its text (without the heading line). */
    public record Section(String heading, String content) {}

    private MarkdownChunker() {}

    public static List<Section> chunk(String markdown) {
        List<Section> sections = new ArrayList<>();
        String title = "Introduction";
        String h2 = null;
        String heading = null;
        var content = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
            }
            if (!fenced
                    && trimmed.startsWith("# ")
                    && heading == null
                    && content.toString().isBlank()) {
                title = trimmed.substring(2).strip();
                continue;
            }
            if (!fenced && (trimmed.startsWith("## ") || trimmed.startsWith("### "))) {
                add(sections, heading == null ? title : heading, content);
                content.setLength(0);
                if (trimmed.startsWith("## ")) {
                    h2 = trimmed.substring(3).strip();
                    heading = h2;
                } else {
                    String h3 = trimmed.substring(4).strip();
                    heading = h2 == null ? h3 : h2 + " › " + h3;
                }
                continue;
            }
            content.append(line).append('\n');
        }
        add(sections, heading == null ? title : heading, content);
        return sections;
    }

    private static void add(List<Section> sections, String heading, StringBuilder content) {
        String text = content.toString().strip();
        if (!text.isEmpty()) {
            sections.add(new Section(heading, text));
        }
    }
}
