package com.fashionos.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.testsupport.TestDatabase;
import com.fashionos.crm.user.UserAccounts;
import com.fashionos.ui.FashionOsApplication;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftState;
import com.fashionos.workflows.draft.DraftStatus;
import com.fashionos.workflows.draft.DraftTriggers;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Restart safety on the embedded Temporal server: the app is stopped while a draft awaits approval (its in-memory
 * Temporal server and every workflow are gone), started again over the same database with a new embedded server,
 * and the draft is back at the wait — same workflow id, same version and text — and can be approved and sent.
 */
class DraftRedriveAfterRestartTest {

    @Test
    void a_draft_awaiting_approval_is_re_driven_after_a_restart_and_can_be_approved() {
        String database = TestDatabase.createFresh("redrive");
        String workflowId;
        DraftState before;
        try (ConfigurableApplicationContext first = start(database)) {
            DraftFixtures fixtures = fixtures(first);
            UUID dealId = fixtures.newLeadDeal("Restart deal");
            DraftHandle handle = first.getBean(DraftService.class)
                    .startForDeal(fixtures.owner(), dealId, Channel.EMAIL, DraftTriggers.DEAL_BUTTON);
            workflowId = handle.workflowId();
            before = fixtures.awaitApproval(workflowId);
            assertThat(before.status()).isEqualTo(DraftStatus.AWAITING_APPROVAL);
        }

        try (ConfigurableApplicationContext second = start(database)) {
            DraftFixtures fixtures = fixtures(second);
            DraftService drafts = second.getBean(DraftService.class);

            DraftState resumed = fixtures.awaitApproval(workflowId);

            assertThat(resumed.status()).isEqualTo(DraftStatus.AWAITING_APPROVAL);
            assertThat(resumed.draftId()).isEqualTo(before.draftId());
            assertThat(resumed.version()).isEqualTo(before.version());
            assertThat(resumed.textHash()).isEqualTo(before.textHash());
            assertThat(resumed.proposal().body()).isEqualTo(before.proposal().body());
            assertThat(resumed.audit()).isEqualTo(before.audit());
            assertThat(resumed.sources()).isEqualTo(before.sources());
            assertThat(resumed.steps()).extracting(s -> s.step()).containsExactly("resume");
            assertThat(resumed.deadlineEpochMillis()).isNotNull();

            DraftState sent = drafts.approve(fixtures.owner(), workflowId, resumed.textHash());
            assertThat(sent.status()).isEqualTo(DraftStatus.SANDBOXED);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> drafts.pendingDraftPage(fixtures.maison(), Page.first(500)).stream()
                            .noneMatch(p -> p.workflowId().equals(workflowId)));
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        // As command-line arguments: they outrank application.yml (builder properties are only defaults).
        return new SpringApplicationBuilder(FashionOsApplication.class)
                .run(
                        "--fashionos.db.url=" + database,
                        "--fashionos.db.username=" + TestDatabase.ADMIN_USER,
                        "--fashionos.db.password=" + TestDatabase.ADMIN_PASSWORD,
                        "--fashionos.temporal.target=",
                        "--fashionos.temporal.embedded-port=0",
                        "--fashionos.demo.enabled=true",
                        "--server.port=0",
                        "--vaadin.launch-browser=false",
                        "--vaadin.allowed-packages=com.vaadin,com.fashionos.ui",
                        "--spring.main.banner-mode=off");
    }

    private static DraftFixtures fixtures(ConfigurableApplicationContext context) {
        return new DraftFixtures(
                context.getBean(UserAccounts.class),
                context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                context.getBean(DealService.class),
                context.getBean(ContactService.class),
                context.getBean(AccountService.class),
                context.getBean(DraftService.class),
                context.getBean(com.fashionos.ui.security.CurrentUser.class));
    }
}
