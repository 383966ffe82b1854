package com.fashionos.activities.draft;

import java.util.List;

/** The Guardian's rule-based verdict: score 0..100, whether the draft is aligned, and each issue found. */
public record AuditReport(int score, boolean aligned, List<String> issues) {

    public AuditReport {
        issues = List.copyOf(issues);
        score = Math.clamp(score, 0, 100);
    }
}
