package com.fashionos.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.account.AccountFilter;
import com.fashionos.crm.account.AccountForm;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.ActivityType;
import com.fashionos.crm.audit.AuditLog;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.SortOrder;
import com.fashionos.crm.common.ValidationException;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.testsupport.SeededCrmTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

@Import(DealServiceTest.Listener.class)
class DealServiceTest extends SeededCrmTest {

    /** Records stage events after commit, with the stage another transaction then sees. */
    @TestConfiguration
    static class Listener {
        final List<DealStageChanged> received = new CopyOnWriteArrayList<>();
        final List<String> stageSeenByOtherTransaction = new CopyOnWriteArrayList<>();

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        PlatformTransactionManager txm;

        @TransactionalEventListener
        void on(DealStageChanged event) {
            received.add(event);
            // another thread: a fresh connection and transaction, as a workflow starter would have
            stageSeenByOtherTransaction.add(java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> com.fashionos.crm.tenant.TenantContext.callAs(
                                    event.brandId(), () -> new TransactionTemplate(txm)
                                            .execute(s -> jdbc.queryForObject(
                                                    "SELECT stage FROM deals WHERE id = ?",
                                                    String.class,
                                                    event.dealId()))))
                    .join());
        }
    }

    @Autowired
    Listener listener;

    @Autowired
    DealService deals;

    @Autowired
    AccountService accounts;

    @Autowired
    ContactService contacts;

    @Autowired
    ActivityService activities;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager txm;

    private UUID sponsorAccount;
    private UUID sponsorContact;

    @BeforeEach
    void pickSponsor() {
        listener.received.clear();
        listener.stageSeenByOtherTransaction.clear();
        sponsorAccount = asMaison(() -> accounts.page(AccountFilter.all().withText("Lumière Skin"), Page.first(1)))
                .getFirst()
                .id();
        sponsorContact = asMaison(() -> contacts.page(ContactFilter.all().withAccountId(sponsorAccount), Page.first(1)))
                .getFirst()
                .id();
    }

    private Deal newLead(String title) {
        return asMaison(() -> deals.create(DealForm.of(title, sponsorAccount)));
    }

    @Test
    void forward_move_is_blocked_with_the_missing_fields_named_and_nothing_recorded() {
        var deal = newLead("Gate test " + UUID.randomUUID());
        assertThat(deal.number()).isGreaterThan(1000);
        assertThat(deal.currency()).isEqualTo("EUR");

        var result = asMaison(() -> deals.moveToStage(deal.id(), DealStage.PITCH, owner().id()));
        assertThat(result.moved()).isFalse();
        assertThat(result.blocked()).isTrue();
        assertThat(result.message()).isEqualTo("Pitch needs a primary contact.");
        assertThat(result.missing()).extracting(MissingField::field).containsExactly("primaryContact");
        assertThat(asMaison(() -> deals.get(deal.id())).orElseThrow().stage()).isEqualTo(DealStage.LEAD);
        assertThat(asMaison(() -> activities.forDeal(deal.id(), Page.first(10))))
                .isEmpty();
        assertThat(listener.received).isEmpty();

        var contract = asMaison(() -> deals.moveToStage(deal.id(), DealStage.CONTRACT, owner().id()));
        assertThat(contract.missing())
                .extracting(MissingField::message)
                .containsExactly(
                        "Pitch needs a primary contact",
                        "Contract needs a value forecast",
                        "Contract needs an expected close date");
    }

    @Test
    void a_move_writes_the_stage_activity_and_audit_and_publishes_the_event_after_commit() {
        var deal = newLead("Move test " + UUID.randomUUID());
        asMaison(() -> deals.update(deal.id(), DealForm.from(deal).withPrimaryContactId(sponsorContact)));

        var result = asMaison(() -> deals.moveToStage(deal.id(), DealStage.PITCH, owner().id()));
        assertThat(result.moved()).isTrue();
        var moved = asMaison(() -> deals.get(deal.id())).orElseThrow();
        assertThat(moved.stage()).isEqualTo(DealStage.PITCH);
        assertThat(moved.stageChangedAt()).isAfterOrEqualTo(deal.stageChangedAt());

        var timeline = asMaison(() -> activities.forDeal(deal.id(), Page.first(10)));
        assertThat(timeline).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(ActivityType.STAGE_CHANGE);
            assertThat(e.metadata())
                    .containsEntry("from", "LEAD")
                    .containsEntry("to", "PITCH")
                    .containsEntry("actor", owner().id().toString());
            assertThat(e.authorName()).isEqualTo("Margaux Delacroix");
        });
        assertThat(asMaison(() -> activities.forContact(sponsorContact, Page.first(5))))
                .extracting(e -> e.id())
                .contains(timeline.getFirst().id());
        assertThat(asMaison(() -> audit.forEntity("deal", deal.id(), 10)))
                .extracting(e -> e.action())
                .containsExactly("STAGE_CHANGE", "UPDATE", "CREATE");

        assertThat(listener.received)
                .containsExactly(
                        new DealStageChanged(maisonId(), deal.id(), DealStage.LEAD, DealStage.PITCH, owner().id()));
        assertThat(listener.stageSeenByOtherTransaction).containsExactly("PITCH");

        var back = asMaison(() -> deals.moveToStage(deal.id(), DealStage.LEAD, owner().id()));
        assertThat(back.moved()).isTrue();
        assertThat(asMaison(() -> activities.forDeal(deal.id(), Page.first(10))))
                .first()
                .satisfies(e -> assertThat(e.content()).isEqualTo("Moved back from Pitch to Lead"));
        assertThat(listener.received).hasSize(2);
    }

    @Test
    void no_event_is_delivered_when_the_transaction_rolls_back() {
        var deal = newLead("Rollback test " + UUID.randomUUID());
        asMaison(() -> deals.update(deal.id(), DealForm.from(deal).withPrimaryContactId(sponsorContact)));
        asMaison(() -> new TransactionTemplate(txm).execute(status -> {
            assertThat(deals.moveToStage(deal.id(), DealStage.PITCH, owner().id())
                            .moved())
                    .isTrue();
            status.setRollbackOnly();
            return null;
        }));
        assertThat(listener.received).isEmpty();
        assertThat(asMaison(() -> deals.get(deal.id())).orElseThrow().stage()).isEqualTo(DealStage.LEAD);
    }

    @Test
    void kept_stage_totals_equal_a_fresh_count_through_every_kind_of_deal_change() {
        // A text filter of blanks filters nothing but takes the scanning path: the oracle for the kept totals.
        DealFilter scan = DealFilter.all().withText(" ");
        var deal = asMaison(() -> deals.create(DealForm.of("Totals probe", sponsorAccount)
                .withPrimaryContactId(sponsorContact)
                .withValueForecast(new BigDecimal("12345.67"), "GBP")
                .withExpectedClose(java.time.LocalDate.of(2027, 3, 1))));
        assertSameTotals(scan);
        asMaison(() -> deals.moveToStage(deal.id(), DealStage.CONTRACT, null));
        assertSameTotals(scan);
        asMaison(() -> deals.update(
                deal.id(),
                DealForm.from(deals.get(deal.id()).orElseThrow())
                        .withValueForecast(new BigDecimal("20000.00"), "GBP")));
        assertSameTotals(scan);
        asMaison(() -> deals.moveToStage(deal.id(), DealStage.PITCH, null)); // backwards
        assertSameTotals(scan);
        asMaison(() -> deals.markWon(deal.id()));
        assertSameTotals(scan);
        asMaison(() -> deals.reopen(deal.id()));
        assertSameTotals(scan);
        asMaison(() -> {
            deals.delete(deal.id());
            return null;
        });
        assertSameTotals(scan);
        asMaison(() -> {
            deals.restore(deal.id());
            return null;
        });
        assertSameTotals(scan);
        // owner and account type (V086): given an owner, taken away, the deal on an account whose type changes
        asMaison(() -> deals.update(
                deal.id(), DealForm.from(deals.get(deal.id()).orElseThrow()).withOwnerId(owner().id())));
        assertSameTotals(scan);
        var probeAccount = asMaison(() -> accounts.create(AccountForm.of("Totals probe account", AccountType.BUYER)));
        var onProbe = asMaison(() -> deals.create(DealForm.of("Totals probe 2", probeAccount.id())
                .withValueForecast(new BigDecimal("500.00"), "GBP")
                .withOwnerId(owner().id())));
        assertSameTotals(scan);
        asMaison(() -> accounts.update(probeAccount.id(), AccountForm.of("Totals probe account", AccountType.MEDIA)));
        assertSameTotals(scan);
        asMaison(() -> deals.update(
                onProbe.id(),
                DealForm.from(deals.get(onProbe.id()).orElseThrow()).withOwnerId(null)));
        assertSameTotals(scan);
        assertThat(asMaison(() -> deals.totals(DealFilter.all())).sums(DealStage.PITCH))
                .containsKey("GBP");
        assertThat(asMaison(() -> deals.totals(DealFilter.all().withAccountType(AccountType.MEDIA)))
                        .count(DealStage.LEAD))
                .isPositive();
    }

    private void assertSameTotals(DealFilter scan) {
        var owners = new java.util.ArrayList<java.util.function.UnaryOperator<DealFilter>>();
        owners.add(f -> f);
        owners.add(f -> f.withOwnerId(owner().id()));
        owners.add(f -> f.withAccountType(AccountType.MEDIA));
        owners.add(f -> f.withOwnerId(owner().id()).withAccountType(AccountType.SPONSOR));
        for (var narrow : owners) {
            assertSameTotals(narrow.apply(DealFilter.all()), narrow.apply(scan));
        }
    }

    private void assertSameTotals(DealFilter keptFilter, DealFilter scan) {
        for (DealOutcome outcome : DealOutcome.values()) {
            var kept = asMaison(() -> deals.totals(keptFilter.withOutcome(outcome)));
            var counted = asMaison(() -> deals.totals(scan.withOutcome(outcome)));
            assertThat(kept.lines())
                    .as(outcome + " " + keptFilter)
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("sum")
                    .containsExactlyElementsOf(counted.lines());
            for (DealStage stage : DealStage.values()) {
                counted.sums(stage)
                        .forEach((currency, sum) -> assertThat(kept.sums(stage).get(currency))
                                .as(outcome + " " + stage + " " + currency)
                                .isEqualByComparingTo(sum));
            }
        }
    }

    @Test
    void kanban_cards_and_totals_follow_the_stages() {
        var totals = asMaison(() -> deals.totals(DealFilter.all()));
        for (DealStage stage : DealStage.values()) {
            var cards = asMaison(() -> deals.cards(stage, DealFilter.all(), 100));
            assertThat(cards).hasSize((int) totals.count(stage)).allMatch(c -> c.stage() == stage);
            assertThat(cards).allMatch(c -> c.outcome() == DealOutcome.OPEN);
            BigDecimal sum = cards.stream()
                    .filter(c -> c.valueForecast() != null && c.currency().equals("EUR"))
                    .map(DealCard::valueForecast)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(totals.sums(stage).getOrDefault("EUR", BigDecimal.ZERO)).isEqualByComparingTo(sum);
        }
        assertThat(asMaison(() -> deals.cards(DealStage.ROI, DealFilter.all().withOutcome(DealOutcome.WON), 10)))
                .isNotEmpty();
    }

    @Test
    void deal_list_filters_sorts_and_finds_by_number() {
        var rows = asMaison(() -> deals.page(DealFilter.all(), Page.of(0, 100, SortOrder.desc("value"))));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
        assertThat(rows.stream()
                        .map(DealRow::valueForecast)
                        .filter(v -> v != null)
                        .toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        var media = asMaison(() -> deals.page(DealFilter.all().withAccountType(AccountType.MEDIA), Page.first(100)));
        assertThat(media).isNotEmpty().allMatch(r -> r.accountType() == AccountType.MEDIA);

        var some = rows.get(3);
        assertThat(asMaison(() -> deals.byNumber(some.number())))
                .get()
                .extracting(Deal::id)
                .isEqualTo(some.id());
        assertThat(asMaison(() -> deals.page(DealFilter.all().withText("D-" + some.number()), Page.first(5))))
                .extracting(DealRow::id)
                .containsExactly(some.id());
        assertThat(DealService.parseNumber("d 1004")).contains(1004L);
        assertThat(DealService.parseNumber("Desert")).isEmpty();
    }

    @Test
    void won_lost_stakeholders_and_soft_delete() {
        var deal = newLead("Close test " + UUID.randomUUID());
        var lost = asMaison(() -> deals.markLost(deal.id(), "Budget moved"));
        assertThat(lost.outcome()).isEqualTo(DealOutcome.LOST);
        assertThat(lost.lostReason()).isEqualTo("Budget moved");
        assertThat(asMaison(() -> deals.reopen(deal.id())).outcome()).isEqualTo(DealOutcome.OPEN);

        asMaison(() -> {
            deals.addStakeholder(deal.id(), sponsorContact, "Decision maker");
            return null;
        });
        assertThat(asMaison(() -> deals.stakeholders(deal.id())))
                .singleElement()
                .satisfies(s -> assertThat(s.role()).isEqualTo("Decision maker"));
        assertThat(asMaison(() -> deals.page(DealFilter.all().withContactId(sponsorContact), Page.first(50))))
                .extracting(DealRow::id)
                .contains(deal.id());
        asMaison(() -> {
            deals.removeStakeholder(deal.id(), sponsorContact);
            deals.delete(deal.id());
            return null;
        });
        assertThat(asMaison(() -> deals.stakeholders(deal.id()))).isEmpty();
        assertThat(asMaison(() -> deals.byNumber(deal.number()))).isEmpty();
        asMaison(() -> {
            deals.restore(deal.id());
            return null;
        });
        assertThat(asMaison(() -> deals.byNumber(deal.number()))).isPresent();
    }

    @Test
    void open_deal_value_of_the_primary_contact_follows_its_deals() {
        var before = asMaison(() -> contacts.get(sponsorContact)).orElseThrow().openDealValue();
        var deal = newLead("Value test " + UUID.randomUUID());
        asMaison(() -> deals.update(
                deal.id(),
                DealForm.from(deal)
                        .withPrimaryContactId(sponsorContact)
                        .withValueForecast(new BigDecimal("1000.00"), "EUR")
                        .withExpectedClose(LocalDate.now().plusDays(10))));
        assertThat(asMaison(() -> contacts.get(sponsorContact)).orElseThrow().openDealValue())
                .isEqualByComparingTo(before.add(new BigDecimal("1000")));
        asMaison(() -> deals.markWon(deal.id()));
        assertThat(asMaison(() -> contacts.get(sponsorContact)).orElseThrow().openDealValue())
                .isEqualByComparingTo(before);
    }

    @Test
    void atelier_nord_cannot_see_or_move_maison_deals() {
        var maisonDeal =
                asMaison(() -> deals.page(DealFilter.all(), Page.first(1))).getFirst();
        assertThat(asNord(() -> deals.get(maisonDeal.id()))).isEmpty();
        assertThat(asNord(() -> deals.count(DealFilter.all()))).isEqualTo(3);
        assertThatThrownBy(() -> asNord(() -> deals.moveToStage(
                        maisonDeal.id(), DealStage.LEAD, nordOwner().id())))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void the_owner_is_an_agent_or_manager_of_the_brand_and_changing_it_is_saved_and_audited() {
        var owners = asMaison(() -> deals.owners());
        var viewer = users.findByEmail("viewer@fashionos.demo").orElseThrow();
        assertThat(owners).extracting(DealOwner::displayName).containsExactly("Luca Bernardi", "Margaux Delacroix");
        assertThat(owners)
                .extracting(DealOwner::userId)
                .doesNotContain(viewer.id(), nordOwner().id());

        Deal deal = asMaison(() -> deals.create(DealForm.of("Owned by Luca", sponsorAccount)
                .withOwnerId(owners.getFirst().userId())));
        assertThat(deal.ownerId()).isEqualTo(owners.getFirst().userId());
        Deal moved = asMaison(() -> deals.update(deal.id(), DealForm.from(deal).withOwnerId(owner().id())));
        assertThat(moved.ownerId()).isEqualTo(owner().id());
        assertThat(asMaison(() -> audit.forEntity("deal", deal.id(), 10)))
                .filteredOn(e -> e.action().equals("UPDATE"))
                .singleElement()
                .satisfies(e -> assertThat(e.details())
                        .containsEntry("ownerId", owner().id().toString()));

        for (UUID stranger : List.of(viewer.id(), nordOwner().id())) {
            assertThatThrownBy(() -> asMaison(
                            () -> deals.update(deal.id(), DealForm.from(moved).withOwnerId(stranger))))
                    .isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).field())
                    .isEqualTo("ownerId");
        }
        assertThat(asMaison(() -> deals.get(deal.id())).orElseThrow().ownerId()).isEqualTo(owner().id());
    }
}
