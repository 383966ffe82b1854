package com.fashionos.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.deal.DealStage;
import com.fashionos.crm.deal.DealStageChanged;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ActivityBroadcasterTest {

    private final ActivityBroadcaster broadcaster = new ActivityBroadcaster();

    @Test
    void listeners_of_the_brand_hear_announcements_and_stage_changes_other_brands_do_not() throws Exception {
        UUID maison = UUID.randomUUID();
        UUID nord = UUID.randomUUID();
        var heard = new CountDownLatch(2);
        var nordHeard = new AtomicInteger();
        broadcaster.register(maison, brand -> heard.countDown());
        broadcaster.register(nord, brand -> nordHeard.incrementAndGet());

        broadcaster.announce(maison);
        broadcaster.stageChanged(
                new DealStageChanged(maison, UUID.randomUUID(), DealStage.LEAD, DealStage.PITCH, null));

        assertThat(heard.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(nordHeard.get()).isZero();
    }

    @Test
    void removed_listeners_hear_nothing_and_a_failing_listener_does_not_stop_the_others() throws Exception {
        UUID brand = UUID.randomUUID();
        var heard = new CountDownLatch(1);
        var removed = new AtomicInteger();
        broadcaster.register(brand, b -> {
            throw new IllegalStateException("UI closed");
        });
        broadcaster.register(brand, b -> removed.incrementAndGet()).remove();
        broadcaster.register(brand, b -> heard.countDown());

        broadcaster.announce(brand);

        assertThat(heard.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(removed.get()).isZero();
        assertThat(broadcaster.listenerCount(brand)).isEqualTo(2);
    }
}
