package com.fashionos.ui.draft;

import com.vaadin.flow.component.UI;
import java.util.Map;
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
 * so one background thread asks each attached panel's workflow for its state (the workflow's query) every
 * {@code fashionos.drafts.poll-interval} (default 700 ms) and, only when something changed (status, version, a step,
 * the send result), pushes the new rendering to that browser with {@link UI#access}. No browser polls; a panel that
 * shows a finished draft stops asking.
 */
@Component
class DraftWatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DraftWatcher.class);

    private final Map<DraftPanel, UI> panels = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("draft-watcher").daemon().factory());

    DraftWatcher(@Value("${fashionos.drafts.poll-interval:700ms}") java.time.Duration interval) {
        long millis = Math.max(100, interval.toMillis());
        scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    void watch(DraftPanel panel, UI ui) {
        panels.put(panel, ui);
    }

    void unwatch(DraftPanel panel) {
        panels.remove(panel);
    }

    int watching() {
        return panels.size();
    }

    private void tick() {
        for (Map.Entry<DraftPanel, UI> entry : panels.entrySet()) {
            DraftPanel panel = entry.getKey();
            UI ui = entry.getValue();
            if (ui.isClosing() || !panel.wantsUpdates()) {
                continue;
            }
            try {
                DraftPanel.Snapshot snapshot = panel.load();
                if (panel.changed(snapshot)) {
                    ui.access(() -> panel.render(snapshot));
                }
            } catch (RuntimeException e) {
                log.debug("Draft panel update failed: {}", e.getMessage());
            }
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
