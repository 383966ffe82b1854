package com.fashionos.crm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.account.AccountFilter;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealOutcome;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.crm.testsupport.SeededCrmTest;
import com.fashionos.crm.user.Role;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class DemoDataSeederTest extends SeededCrmTest {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    ContactService contacts;

    @Autowired
    AccountService accounts;

    @Autowired
    DealService deals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager txm;

    @Test
    void seeder_ran_once_at_start_and_a_second_run_is_a_no_op() {
        long before = asMaison(() -> contacts.count(ContactFilter.all()).value());
        assertThat(seeder.seedIfEmpty()).isFalse();
        assertThat(asMaison(() -> contacts.count(ContactFilter.all()).value())).isEqualTo(before);
    }

    @Test
    void maison_has_the_promised_amounts_of_demo_data() {
        asMaison(() -> {
            assertThat(contacts.count(ContactFilter.all()).value()).isGreaterThanOrEqualTo(60);
            assertThat(accounts.count(AccountFilter.all())).isGreaterThanOrEqualTo(20);
            for (AccountType type : AccountType.values()) {
                assertThat(accounts.count(AccountFilter.all().withType(type))).isGreaterThanOrEqualTo(5);
            }
            assertThat(deals.count(DealFilter.all())).isGreaterThanOrEqualTo(15);
            for (DealStage stage : DealStage.values()) {
                assertThat(deals.count(DealFilter.all().withStage(stage))).isPositive();
            }
            assertThat(deals.count(DealFilter.all().withOutcome(DealOutcome.WON)))
                    .isPositive();
            assertThat(deals.count(DealFilter.all().withOutcome(DealOutcome.LOST)))
                    .isPositive();
            return null;
        });
        Map<String, Object> counts = asMaison(() -> new TransactionTemplate(txm).execute(s -> jdbc.queryForMap("""
                SELECT (SELECT count(*) FROM activities) AS activities,
                       (SELECT count(*) FROM activities WHERE type = 'TASK' AND completed_at IS NULL
                                                         AND due_at < now()) AS overdue,
                       (SELECT count(DISTINCT type) FROM activities) AS types,
                       (SELECT count(*) FROM playbooks WHERE kind = 'SOP') AS sops,
                       (SELECT rules ->> 'requiredSignOff' FROM playbooks WHERE title = 'Maison DNA v2.1') AS sign_off,
                       (SELECT count(*) FROM whatsapp_templates WHERE content_sid ~ '^HX[0-9a-f]{32}$') AS templates,
                       (SELECT count(*) FROM contacts WHERE whatsapp IS NOT NULL) AS whatsapp""")));
        assertThat(counts)
                .containsEntry("sops", 2L)
                .containsEntry("sign_off", "With warm regards, Maison Aurelle")
                .containsEntry("templates", 2L);
        assertThat((Long) counts.get("activities")).isBetween(250L, 600L);
        assertThat((Long) counts.get("overdue")).isPositive();
        assertThat((Long) counts.get("types")).isEqualTo(7L);
        assertThat((Long) counts.get("whatsapp")).isPositive();
    }

    @Test
    void lumiere_deal_waits_in_lead_with_a_sponsor_contact_who_has_an_email() {
        asMaison(() -> {
            var row = deals.page(DealFilter.all().withText("Lumière Skin × Desert Noir"), Page.first(5))
                    .getFirst();
            assertThat(row.stage()).isEqualTo(DealStage.LEAD);
            assertThat(row.primaryContactId()).isNull();
            var sponsorContacts = contacts.page(ContactFilter.all().withAccountId(row.accountId()), Page.first(10));
            assertThat(sponsorContacts).anySatisfy(c -> assertThat(c.email()).endsWith("@lumiere-skin.example"));
            return null;
        });
    }

    @Test
    void demo_owner_is_owner_of_the_maison_and_manager_of_atelier_nord() {
        assertThat(users.roleIn(owner().id(), maisonId())).contains(Role.OWNER);
        assertThat(users.roleIn(owner().id(), nordId())).contains(Role.MANAGER);
        assertThat(users.findByEmail("manager@fashionos.demo")).isPresent();
        assertThat(users.findByEmail("viewer@fashionos.demo")).isPresent();
        assertThat(Arrays.asList(
                        asNord(() -> contacts.count(ContactFilter.all()).value())))
                .containsExactly(6L);
    }
}
