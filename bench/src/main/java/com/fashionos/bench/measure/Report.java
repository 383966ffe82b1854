package com.fashionos.bench.measure;

import com.fashionos.bench.support.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results table: each measure beside its limit, in Markdown. */
public final class Report {

    /** One line of the table. */
    public record Line(
            String group,
            String measure,
            String p50,
            String p95,
            String max,
            String raw,
            String target,
            String verdict) {}

    private final List<Line> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A latency line with an optional raw-SQL comparison and a p95 limit (ms; 0 = none). */
    public void latency(String group, String measure, Stats service, Stats raw, double limitMs, double rawFactor) {
        String rawText = raw.count() == 0
                ? "–"
                : Stats.ms(raw.p50()) + " / " + Stats.ms(raw.p95()) + " ("
                        + String.format(Locale.ROOT, "%.1f×", service.p95() / raw.p95()) + ")";
        var target = new StringBuilder();
        boolean ok = true;
        if (limitMs > 0) {
            target.append("p95 ≤ ").append(Stats.ms(limitMs)).append(" ms");
            ok = service.p95() <= limitMs;
        }
        if (rawFactor > 0 && raw.count() > 0) {
            target.append(target.isEmpty() ? "" : ", ")
                    .append("≤ ")
                    .append(rawFactor)
                    .append("× raw");
            ok &= service.p95() <= rawFactor * raw.p95();
        }
        lines.add(new Line(
                group,
                measure + " (n=" + service.count() + ")",
                Stats.ms(service.p50()),
                Stats.ms(service.p95()),
                Stats.ms(service.max()),
                rawText,
                target.isEmpty() ? "info" : target.toString(),
                target.isEmpty() ? "" : ok ? "ok" : "**MISS**"));
    }

    public void line(Line line) {
        lines.add(line);
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public String markdown(String title) {
        var sb = new StringBuilder("## ").append(title).append("\n\n");
        sb.append(
                "| area | measure | p50 ms | p95 ms | max ms | raw SQL p50 / p95 ms (service p95 ÷ raw p95) | target | verdict |\n");
        sb.append("| --- | --- | ---: | ---: | ---: | --- | --- | --- |\n");
        for (Line l : lines) {
            sb.append("| ")
                    .append(l.group())
                    .append(" | ")
                    .append(l.measure())
                    .append(" | ")
                    .append(l.p50())
                    .append(" | ")
                    .append(l.p95())
                    .append(" | ")
                    .append(l.max())
                    .append(" | ")
                    .append(l.raw())
                    .append(" | ")
                    .append(l.target())
                    .append(" | ")
                    .append(l.verdict())
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            sb.append('\n');
            for (String n : notes) {
                sb.append("- ").append(n).append('\n');
            }
        }
        return sb.toString();
    }
}
