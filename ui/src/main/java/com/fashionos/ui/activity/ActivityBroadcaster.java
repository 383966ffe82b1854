package com.fashionos.ui.activity;

import com.fashionos.crm.deal.DealStageChanged;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open UIs of a brand that its timeline changed, so the recent-activity feeds refresh through server push.
 * Views announce the activities they write; stage changes arrive as {@link DealStageChanged} after commit. Listeners
 * run on a virtual thread, never on the announcing request, and must hand their UI work to {@code ui.access}.
 */
@Component
public class ActivityBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(ActivityBroadcaster.class);

    private final Map<UUID, Set<Consumer<UUID>>> listeners = new ConcurrentHashMap<>();
    private final Executor executor = Executors.newVirtualThreadPerTaskExecutor();

    /** Calls {@code listener} with the brand id whenever the brand's timeline changes, until removed. */
    public Registration register(UUID brandId, Consumer<UUID> listener) {
        listeners.computeIfAbsent(brandId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> {
            var set = listeners.get(brandId);
            if (set != null) {
                set.remove(listener);
            }
        };
    }

    /** Announces that the brand's timeline changed (an activity was logged, a task done, a deal moved). */
    public void announce(UUID brandId) {
        for (Consumer<UUID> listener : listeners.getOrDefault(brandId, Set.of())) {
            executor.execute(() -> {
                try {
                    listener.accept(brandId);
                } catch (RuntimeException e) {
                    log.debug("Activity listener failed (UI probably closed)", e);
                }
            });
        }
    }

    @TransactionalEventListener
    void stageChanged(DealStageChanged event) {
        announce(event.brandId());
    }

    /** How many listeners the brand has (for tests). */
    int listenerCount(UUID brandId) {
        return listeners.getOrDefault(brandId, Set.of()).size();
    }
}
