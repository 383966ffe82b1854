package com.fashionos.ui.draft;

import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the browserless tests of the draft panel and its composer stand on: the panels, drafts and fixtures of the
 * real app (a subclass is a {@link DraftAppTest}), signed out after each test, and a bounded wait for a panel's
 * status.
 */
abstract class DraftPanelBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    DraftPanels panels;

    @Autowired
    DraftFixtures fixtures;

    @Autowired
    DraftService drafts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Refreshes {@code panel} until it shows {@code status} (bounded). */
    static void awaitStatus(DraftPanel panel, String status) {
        await().atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    panel.refresh();
                    return panel.status.getText().equals(status);
                });
    }
}
