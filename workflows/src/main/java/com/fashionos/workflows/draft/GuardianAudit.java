package com.fashionos.workflows.draft;

import java.util.List;

/**
 * The Guardian's verdict on a draft against the Maison DNA. Shown beside the Approve button; it informs the human and
 * does not block approval.
 *
 * @param aligned true when the draft follows the DNA closely enough
 * @param score 0 to 100 (clamped)
 * @param issues what is wrong, one human-readable line each (banned word, missing sign-off, too long…)
 * @param dnaVersion the DNA document version audited against (e.g. "2.1")
 */
public record GuardianAudit(boolean aligned, int score, List<String> issues, String dnaVersion) {

    public GuardianAudit {
        issues = issues == null ? List.of() : List.copyOf(issues);
        score = Math.clamp(score, 0, 100);
    }
}
