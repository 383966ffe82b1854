package com.fashionos.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One panel whose read hangs (a query on a busy worker) stalls neither the others nor piles up reads of its own. */
class DraftWatcherTest {

    /** A UI that runs pushed work at once (no session needed). */
    static final class DirectUi extends UI {
        @Override
        public Future<Void> access(Command command) {
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Counts its reads and renders; its read may wait on a latch. */
    static final class FakePanel implements DraftWatcher.Watched<Integer> {
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger renders = new AtomicInteger();
        final CountDownLatch release;

        FakePanel(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public boolean wantsUpdates() {
            return true;
        }

        @Override
        public Integer load() {
            int n = reads.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return n;
        }

        @Override
        public boolean changed(Integer snapshot) {
            return true;
        }

        @Override
        public void render(Integer snapshot) {
            renders.incrementAndGet();
        }
    }

    @Test
    void a_hanging_read_neither_stalls_other_panels_nor_is_repeated_while_it_hangs() throws Exception {
        var watcher = new DraftWatcher(Duration.ofMillis(100));
        var hanging = new CountDownLatch(1);
        var stuck = new FakePanel(hanging);
        var live = new FakePanel(new CountDownLatch(0));
        try {
            watcher.watch(stuck, new DirectUi());
            watcher.watch(live, new DirectUi());

            await().atMost(Duration.ofSeconds(5)).until(() -> live.renders.get() >= 5);
            assertThat(stuck.reads.get()).isEqualTo(1);
            assertThat(stuck.renders.get()).isZero();

            hanging.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> stuck.renders.get() >= 2);
        } finally {
            hanging.countDown();
            watcher.destroy();
        }
    }
}
