package com.fashionos.workflows.draft;

import org.jspecify.annotations.Nullable;

/**
 * One step of a draft's run, for the UI's progress display.
 *
 * @param step the step name: {@code gather-context}, {@code retrieve}, {@code compose}, {@code audit}, {@code record},
 *     {@code resume}, {@code approval-check}, {@code send}, {@code record-sent}, {@code reject}, {@code expire},
 *     {@code record-failure}
 * @param status running, done or failed
 * @param detail a short human-readable outcome ("3 sections", "score 82, 1 issue") or the error
 * @param version the draft version the step worked on (0 before the first version)
 * @param startedAtMillis workflow time the step started (epoch millis)
 * @param finishedAtMillis workflow time it finished, null while running
 */
public record StepRecord(
        String step,
        StepStatus status,
        @Nullable String detail,
        int version,
        long startedAtMillis,
        @Nullable Long finishedAtMillis) {}
