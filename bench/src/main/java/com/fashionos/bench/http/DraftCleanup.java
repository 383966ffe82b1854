package com.fashionos.bench.http;

import com.fashionos.crm.api.DraftApiJson;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rejects the drafts a benchmark started, through the API, once each awaits approval: no run leaves drafts waiting
 * behind (the app would start every one again at its next start, and the next run's sample would skip their deals).
 * Not measured.
 */
public final class DraftCleanup {

    /** Rejected in the name of the bench's user with this reason. */
    public static final String REASON = "bench clean-up";

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private DraftCleanup() {}

    /** Rejects every draft of {@code draftIds} (8 at once); returns a one-line summary for the report. */
    public static String rejectAll(DraftApi api, Collection<String> draftIds, String rejectedByEmail)
            throws InterruptedException {
        var rejected = new AtomicInteger();
        var ended = new AtomicInteger();
        var failures = new ConcurrentHashMap<String, String>();
        var permits = new Semaphore(8);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String draftId : draftIds) {
                permits.acquire();
                executor.submit(() -> {
                    try {
                        switch (rejectOne(api, draftId, rejectedByEmail)) {
                            case "rejected" -> rejected.incrementAndGet();
                            case "ended" -> ended.incrementAndGet();
                            case String failure -> failures.putIfAbsent(draftId, failure);
                        }
                    } catch (Exception e) {
                        failures.putIfAbsent(draftId, e.getClass().getSimpleName() + ": " + e.getMessage());
                    } finally {
                        permits.release();
                    }
                    return null;
                });
            }
        }
        return String.format(
                        Locale.ROOT,
                        "%d of %d drafts rejected afterwards through the API (\"%s\"), %d had already ended",
                        rejected.get(),
                        draftIds.size(),
                        REASON,
                        ended.get())
                + (failures.isEmpty()
                        ? ""
                        : ", " + failures.size() + " could not be rejected (e.g. "
                                + failures.values().iterator().next() + ")");
    }

    private static String rejectOne(DraftApi api, String draftId, String email) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            DraftApi.Answer read = api.get(draftId);
            if (read.status() != 200) {
                return "GET " + read.sample();
            }
            DraftApiJson.Draft draft = DraftApiJson.Draft.parse(read.body());
            if (draft.ended()) {
                return "ended";
            }
            if (draft.awaitingApproval()) {
                DraftApi.Answer answer = api.reject(draftId, REASON, email);
                return answer.status() == 200 ? "rejected" : "reject " + answer.sample();
            }
            if (System.nanoTime() > deadline) {
                return "still " + draft.status() + " after " + PATIENCE.toMinutes() + " min";
            }
            Thread.sleep(POLL);
        }
    }
}
