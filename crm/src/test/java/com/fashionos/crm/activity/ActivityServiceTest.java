package com.fashionos.crm.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.account.AccountForm;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.ValidationException;
import com.fashionos.crm.contact.ContactForm;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.testsupport.SeededCrmTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivityServiceTest extends SeededCrmTest {

    @Autowired
    ActivityService activities;

    @Autowired
    ContactService contacts;

    @Autowired
    AccountService accounts;

    @Test
    void logging_a_call_updates_the_contact_and_shows_on_contact_and_account_timelines() {
        var account =
                asMaison(() -> accounts.create(AccountForm.of("Atelier Test " + Instant.now(), AccountType.VENDOR)));
        var contact = asMaison(
                () -> contacts.create(ContactForm.named("Timeline Person").withAccountId(account.id()), "FR"));
        assertThat(contact.lastActivityAt()).isNull();

        var call = asMaison(
                () -> activities.log(LogActivity.onContact(ActivityType.CALL, contact.id(), "Call", "Talked")));
        assertThat(call.accountId()).isEqualTo(account.id());
        assertThat(call.authorId()).isEqualTo(owner().id());
        assertThat(asMaison(() -> contacts.get(contact.id())).orElseThrow().lastActivityAt())
                .isNotNull();

        var older = new LogActivity(
                ActivityType.NOTE,
                contact.id(),
                null,
                null,
                null,
                "Older note",
                java.util.Map.of(),
                Instant.now().minus(Duration.ofDays(3)),
                null);
        asMaison(() -> activities.log(older));
        var timeline = asMaison(() -> activities.forContact(contact.id(), Page.first(10)));
        assertThat(timeline).extracting(TimelineEntry::content).containsExactly("Talked", "Older note");
        assertThat(timeline.getFirst().authorName()).isEqualTo("Margaux Delacroix");
        assertThat(asMaison(() -> activities.forAccount(account.id(), Page.first(10))))
                .hasSize(2);
        assertThat(asMaison(() -> activities.recent(5)))
                .extracting(TimelineEntry::id)
                .contains(call.id());

        assertThatThrownBy(() -> asMaison(() -> activities.log(new LogActivity(
                        ActivityType.NOTE, null, null, null, null, "x", java.util.Map.of(), null, null))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void tasks_are_listed_overdue_first_until_completed() {
        var me = owner().id();
        var contact = asMaison(() -> contacts.create(ContactForm.named("Task Person"), "FR"));
        var overdue = asMaison(() -> activities.createTask(
                "Send lookbook", Instant.now().minus(Duration.ofDays(400)), me, TaskLinks.contact(contact.id())));
        var open = asMaison(() -> activities.openTasksFor(me, 100));
        assertThat(open.getFirst().id()).isEqualTo(overdue.id());
        assertThat(open.getFirst().overdue()).isTrue();
        assertThat(open.getFirst().contactName()).isEqualTo("Task Person");
        assertThat(asMaison(() -> activities.completeTask(overdue.id()))).isTrue();
        assertThat(asMaison(() -> activities.completeTask(overdue.id()))).isFalse();
        assertThat(asMaison(() -> activities.openTasksFor(me, 100)))
                .extracting(TaskRow::id)
                .doesNotContain(overdue.id());
    }
}
