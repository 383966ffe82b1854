package com.fashionos.ui.draft;

import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps every open {@link DraftPanel} live by server push. Activities run in the worker and cannot reach a browser,
 * so every {@code fashionos.drafts.poll-interval} (default 700 ms) the watcher asks each attached panel's workflow for
 * its state (the workflow's query) and, only when something changed (status, version, a step, the send result),
 * pushes the new rendering to that browser with {@link UI#access}. No browser polls; a panel that shows a finished
 * draft stops asking.
 *
 * <p>Each panel is read on a virtual thread of its own, one read at a time: a query can wait many seconds on a busy
 * worker (a draft whose first workflow task is still queued), and read one after the other that stalled every other
 * user's panel; now it only skips that panel's next ticks until its read returns.
 */
@Component
class DraftWatcher implements DisposableBean {

    /** What the watcher keeps live: loads its state off the UI thread, renders it in the UI's lock. */
    interface Watched<S> {

        /** Whether it still wants updates (a finished draft does not). */
        boolean wantsUpdates();

        /** Reads the current state; may block (a Temporal query). */
        S load();

        /** Whether the state differs from what is shown. */
        boolean changed(S snapshot);

        /** Shows the state; called inside {@link UI#access}. */
        void render(S snapshot);
    }

    private static final Logger log = LoggerFactory.getLogger(DraftWatcher.class);

    private final Map<Watched<?>, UI> panels = new ConcurrentHashMap<>();
    private final Set<Watched<?>> reading = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("draft-watcher").daemon().factory());

    DraftWatcher(@Value("${fashionos.drafts.poll-interval:700ms}") java.time.Duration interval) {
        long millis = Math.max(100, interval.toMillis());
        scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    void watch(Watched<?> panel, UI ui) {
        panels.put(panel, ui);
    }

    void unwatch(Watched<?> panel) {
        panels.remove(panel);
    }

    int watching() {
        return panels.size();
    }

    private void tick() {
        for (Map.Entry<Watched<?>, UI> entry : panels.entrySet()) {
            Watched<?> panel = entry.getKey();
            UI ui = entry.getValue();
            if (ui.isClosing() || !panel.wantsUpdates() || !reading.add(panel)) {
                continue; // closing, finished, or its previous read has not returned yet
            }
            Thread.ofVirtual().name("draft-watch").start(() -> {
                try {
                    refresh(panel, ui);
                } finally {
                    reading.remove(panel);
                }
            });
        }
    }

    private static <S> void refresh(Watched<S> panel, UI ui) {
        try {
            S snapshot = panel.load();
            if (panel.changed(snapshot)) {
                ui.access(() -> panel.render(snapshot));
            }
        } catch (RuntimeException e) {
            log.debug("Draft panel update failed: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
