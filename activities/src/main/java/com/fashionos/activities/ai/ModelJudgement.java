package com.fashionos.activities.ai;

import java.util.List;

/** A model's view of how well a draft follows the Maison DNA (0..100 and its concerns). */
public record ModelJudgement(int score, List<String> issues, String model) {

    public ModelJudgement {
        issues = List.copyOf(issues);
    }
}
