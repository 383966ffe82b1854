package com.fashionos.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.ui.base.MainLayout;
import com.vaadin.flow.component.Component;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sidebar's live panels listen to their brand while on screen and stop when the UI goes away. */
class LiveRefreshTest extends SeededViewTest {

    @Autowired
    ActivityBroadcaster broadcaster;

    @Test
    void the_feed_and_the_pulse_listen_while_attached_and_stop_when_detached() {
        UUID brand = maisonId();
        int before = broadcaster.listenerCount(brand);
        navigate("crm", Component.class);
        MainLayout layout = $(MainLayout.class).single();
        assertThat(broadcaster.listenerCount(brand))
                .as("recent activity feed and comms pulse")
                .isEqualTo(before + 2);

        layout.getElement().removeFromParent();
        assertThat(broadcaster.listenerCount(brand)).isEqualTo(before);
    }
}
