package com.fashionos.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.ui.support.BrowserJourney;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Neural Draft journey in a real Chromium: sign in with the demo login, drag "Lumière Skin × Desert Noir" from
 * Lead to Pitch on the kanban, open the deal, watch the draft arrive in the right panel by server push, Approve &amp;
 * Send, and see the sent text on the deal's timeline (sandbox: "Not sent — sandbox"). Screenshots land in
 * {@code target/screenshots}.
 */
@DraftAppTest
class DraftJourneyIT {

    @RegisterExtension
    static final BrowserJourney browser = new BrowserJourney(Duration.ofSeconds(90));

    @Autowired
    DraftFixtures fixtures;

    @Test
    void drag_to_pitch_see_the_draft_approve_and_find_it_sent_on_the_timeline() throws IOException {
        // The demo seeds this deal without a primary contact, and the Pitch gate asks for one.
        UUID dealId = fixtures.lumiereWithPrimaryContact();
        browser.signIn();

        browser.open("/crm/deals");
        String card = "[data-deal='" + dealId + "']";
        browser.waitFor("[data-column='LEAD'] " + card);
        browser.screenshot("draft-01-kanban");

        browser.drag(card, "[data-column='PITCH']");
        browser.waitFor("[data-column='PITCH'] " + card);
        browser.screenshot("draft-02-dropped-on-pitch");

        browser.driver().findElement(By.cssSelector(card)).click();
        browser.until(ExpectedConditions.urlContains("/crm/deals/" + dealId));
        browser.waitFor(".fos-intel .fos-draft-panel");
        browser.until(driver -> browser.text(".fos-draft-status").equals("Awaiting approval"));
        assertThat(browser.text(".fos-draft-body")).isNotBlank();
        assertThat(browser.text(".fos-draft-meta")).contains("local model");
        assertThat(browser.text(".fos-draft-audit")).contains("Score");
        String body = browser.text(".fos-draft-body");
        browser.screenshot("draft-03-draft-in-panel");

        // The "moved to Pitch" toast sits over the panel's corner for a few seconds; a user waits for it too.
        browser.awaitNoToast();
        browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.fos-draft-approve")))
                .click();
        browser.until(driver -> browser.text(".fos-draft-status").equals("Not sent — sandbox"));
        browser.until(driver -> browser.text(".fos-deal-room").contains("Not sent — sandbox"));
        assertThat(browser.text(".fos-draft-delivery")).startsWith("Not sent — sandbox");
        assertThat(browser.text(".fos-deal-room"))
                .contains(body.lines().findFirst().orElse(body));
        browser.screenshot("draft-04-sent-on-timeline");
    }
}
