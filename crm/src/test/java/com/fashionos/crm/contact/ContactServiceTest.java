package com.fashionos.crm.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.account.AccountForm;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.audit.AuditLog;
import com.fashionos.crm.common.CountEstimator;
import com.fashionos.crm.common.CountResult;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.SortOrder;
import com.fashionos.crm.common.ValidationException;
import com.fashionos.crm.testsupport.SeededCrmTest;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ContactServiceTest extends SeededCrmTest {

    @Autowired
    ContactService contacts;

    @Autowired
    AuditLog audit;

    @Autowired
    CountEstimator counter;

    @Autowired
    PlatformTransactionManager txm;

    private List<ContactRow> all(ContactFilter filter) {
        return asMaison(() -> contacts.page(filter, Page.first(500)));
    }

    @Test
    void each_filter_narrows_the_list_to_matching_rows() {
        int total = all(ContactFilter.all()).size();
        assertThat(total).isGreaterThanOrEqualTo(60);

        var buyers = all(ContactFilter.all().withAccountType(AccountType.BUYER));
        assertThat(buyers).isNotEmpty().hasSizeLessThan(total).allMatch(r -> r.accountType() == AccountType.BUYER);

        var positive = all(ContactFilter.all().withSentiment(SentimentBand.POSITIVE));
        assertThat(positive).isNotEmpty().allMatch(r -> r.sentimentScore().compareTo(new BigDecimal("0.2")) > 0);
        var negative = all(ContactFilter.all().withSentiment(SentimentBand.NEGATIVE));
        assertThat(negative).isNotEmpty().allMatch(r -> r.sentimentScore().compareTo(new BigDecimal("-0.2")) < 0);

        var recent = all(ContactFilter.all().withLastActiveWithinDays(14));
        assertThat(recent).isNotEmpty().hasSizeLessThan(total);
        var inactive = all(ContactFilter.all().withInactiveForDays(14));
        assertThat(recent.size() + inactive.size()).isEqualTo(total);

        var valuable = all(ContactFilter.all().withMinDealValue(new BigDecimal("50000")));
        assertThat(valuable).isNotEmpty().allMatch(r -> r.openDealValue().compareTo(new BigDecimal("50000")) >= 0);

        var milan = all(ContactFilter.all().withTags(Set.of("milan"), null));
        assertThat(milan).isNotEmpty().allMatch(r -> r.tags().contains("milan"));
        var milanPress = all(ContactFilter.all().withTags(Set.of("milan", "press"), TagMatch.ALL));
        var milanOrPress = all(ContactFilter.all().withTags(Set.of("milan", "press"), TagMatch.ANY));
        assertThat(milanPress.size()).isLessThan(milan.size());
        assertThat(milanOrPress.size()).isGreaterThan(milan.size());

        var editors = all(ContactFilter.all().withRole("editor"));
        assertThat(editors).isNotEmpty().allMatch(r -> r.role().toLowerCase().contains("editor"));

        var owned = all(ContactFilter.all().withOwnerId(owner().id()));
        assertThat(owned).isNotEmpty().hasSizeLessThan(total);

        var first = all(ContactFilter.all()).getFirst();
        var byText =
                all(ContactFilter.all().withText(first.name().substring(1, 6).toUpperCase()));
        assertThat(byText).extracting(ContactRow::id).contains(first.id());
        var sameAccount = all(ContactFilter.all().withAccountId(first.accountId()));
        assertThat(sameAccount).hasSize(3).allMatch(r -> Objects.equals(r.accountId(), first.accountId()));
    }

    @Test
    void text_filter_matches_name_email_or_role_whichever_way_the_page_is_answered() {
        var lea = asMaison(() -> contacts.create(
                ContactForm.named("Léa Quilletière")
                        .withEmail("lq.press@zeitgeist-mag.example")
                        .withRole("Rédactrice Beauté"),
                "FR"));
        var other = asMaison(
                () -> contacts.create(ContactForm.named("Oskar Quill_ard").withEmail("oskar@quill100.example"), "FR"));
        try {
            for (long sortedUpTo : List.of(0L, Long.MAX_VALUE)) { // walk the name sort / sort the trigram matches
                java.util.function.Function<String, List<String>> names = text ->
                        asMaison(() -> contacts.page(ContactFilter.all().withText(text), Page.first(50), sortedUpTo))
                                .stream()
                                .map(ContactRow::name)
                                .toList();
                // name, case and accents folded the way PostgreSQL lowers them
                assertThat(names.apply("QUILLETIÈRE")).containsExactly("Léa Quilletière");
                assertThat(names.apply("quill")).containsExactly("Léa Quilletière", "Oskar Quill_ard");
                // email and role
                assertThat(names.apply("zeitgeist-mag")).containsExactly("Léa Quilletière");
                assertThat(names.apply("rédactrice beau")).containsExactly("Léa Quilletière");
                // never across two fields: the name ends "Quilletière", the email starts "lq."
                assertThat(names.apply("quilletièrelq")).isEmpty();
                assertThat(names.apply("quilletière lq")).isEmpty();
                // LIKE's wildcards are plain characters
                assertThat(names.apply("quill_")).containsExactly("Oskar Quill_ard");
                assertThat(names.apply("100%")).isEmpty();
            }
            // the column follows an edit
            asMaison(() -> contacts.update(
                    lea.id(), ContactForm.named("Léa Quilletière").withEmail("lea@maison-press.example"), "FR"));
            assertThat(all(ContactFilter.all().withText("zeitgeist"))).isEmpty();
            assertThat(all(ContactFilter.all().withText("maison-press")))
                    .extracting(ContactRow::id)
                    .containsExactly(lea.id());
        } finally {
            asMaison(() -> {
                contacts.delete(lea.id());
                contacts.delete(other.id());
                return null;
            });
        }
        assertThat(all(ContactFilter.all().withText("quill"))).isEmpty();
    }

    @Test
    void sorting_orders_rows_and_paging_is_stable() {
        var byName = all(ContactFilter.all());
        assertThat(byName).extracting(r -> r.name().toLowerCase()).isSorted();

        var bySentiment =
                asMaison(() -> contacts.page(ContactFilter.all(), Page.of(0, 500, SortOrder.desc("sentiment"))));
        var scored = bySentiment.stream()
                .map(ContactRow::sentimentScore)
                .filter(Objects::nonNull)
                .toList();
        assertThat(scored).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(bySentiment.getLast().sentimentScore()).isNull();

        var byValue =
                asMaison(() -> contacts.page(ContactFilter.all(), Page.of(0, 500, SortOrder.desc("openDealValue"))));
        assertThat(byValue).extracting(ContactRow::openDealValue).isSortedAccordingTo(Comparator.reverseOrder());

        var byActivity =
                asMaison(() -> contacts.page(ContactFilter.all(), Page.of(0, 500, SortOrder.desc("lastActivity"))));
        var times = byActivity.stream()
                .map(ContactRow::lastActivityAt)
                .filter(Objects::nonNull)
                .toList();
        assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());

        var byAccount = asMaison(() -> contacts.page(ContactFilter.all(), Page.of(0, 500, SortOrder.asc("account"))));
        var accountNames = byAccount.stream().map(ContactRow::accountName).toList();
        int firstNull = accountNames.indexOf(null);
        var named = firstNull < 0 ? accountNames : accountNames.subList(0, firstNull);
        assertThat(named).extracting(String::toLowerCase).isSorted();
        assertThat(accountNames.subList(named.size(), accountNames.size())).allMatch(Objects::isNull);

        var seen = new HashSet<UUID>();
        for (int offset = 0; offset < byName.size(); offset += 7) {
            int o = offset;
            var page =
                    asMaison(() -> contacts.page(ContactFilter.all(), Page.of(o, 7, SortOrder.desc("openDealValue"))));
            page.forEach(r -> assertThat(seen.add(r.id()))
                    .as("row seen twice: %s", r.name())
                    .isTrue());
        }
        assertThat(seen).hasSize(byName.size());

        assertThatThrownBy(
                        () -> asMaison(() -> contacts.page(ContactFilter.all(), Page.of(0, 5, SortOrder.asc("email")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counts_are_exact_for_small_lists_and_estimated_above_the_threshold() {
        var count = asMaison(() -> contacts.count(ContactFilter.all().withAccountType(AccountType.MEDIA)));
        assertThat(count.estimated()).isFalse();
        assertThat(count.value())
                .isEqualTo(all(ContactFilter.all().withAccountType(AccountType.MEDIA))
                        .size());

        var estimated = asMaison(() -> new TransactionTemplate(txm)
                .execute(s -> counter.count("FROM contacts c WHERE c.deleted_at IS NULL", Map.of(), 0)));
        assertThat(estimated.estimated()).isTrue();
        assertThat(estimated.value()).isPositive();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void filter_operators_are_leakproof_so_row_level_security_does_not_block_their_indexes() {
        // a non-LEAKPROOF operator cannot be an index condition below a forced RLS policy (V011)
        var leakproof = jdbc.queryForList(
                "SELECT proname FROM pg_proc WHERE proleakproof AND proname IN ('texticlike', 'arraycontains',"
                        + " 'arrayoverlap', 'word_similarity_op', 'numeric_ge')",
                String.class);
        assertThat(leakproof)
                .contains("texticlike", "arraycontains", "arrayoverlap", "word_similarity_op", "numeric_ge");
    }

    @Test
    void validation_messages_name_the_bad_field() {
        assertThatThrownBy(() -> asMaison(() -> contacts.create(ContactForm.named(" "), "FR")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Name is required");
        assertThatThrownBy(() ->
                        asMaison(() -> contacts.create(ContactForm.named("Ada").withEmail("ada@"), "FR")))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("email"))
                .hasMessageContaining("is not a valid email address");
        assertThatThrownBy(() ->
                        asMaison(() -> contacts.create(ContactForm.named("Ada").withWhatsapp("0000"), "FR")))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("whatsapp"))
                .hasMessageContaining("is not a valid phone number");
    }

    @Test
    void create_normalises_warns_on_duplicates_and_soft_delete_can_be_undone_with_audit_rows() {
        var created = asMaison(() -> contacts.create(
                ContactForm.named("  Bérénice Test ")
                        .withEmail(" Berenice.Test@Example.COM ")
                        .withWhatsapp("06 12 34 56 78")
                        .withTags(Set.of(" Test-Tag ")),
                "FR"));
        assertThat(created.name()).isEqualTo("Bérénice Test");
        assertThat(created.email()).isEqualTo("berenice.test@example.com");
        assertThat(created.whatsapp()).isEqualTo("+33612345678");
        assertThat(created.tags()).containsExactly("test-tag");

        var hints = asMaison(() -> contacts.findDuplicates("BERENICE.test@example.com", null, null));
        assertThat(hints).singleElement().satisfies(h -> {
            assertThat(h.contactId()).isEqualTo(created.id());
            assertThat(h.matchedOn()).isEqualTo(DuplicateHint.Field.EMAIL);
            assertThat(h.message()).isEqualTo("Bérénice Test already uses this email");
        });
        assertThat(asMaison(() -> contacts.findDuplicates(null, "+33 6 12 34 56 78", null)))
                .extracting(DuplicateHint::matchedOn)
                .containsExactly(DuplicateHint.Field.WHATSAPP);
        assertThat(asMaison(() -> contacts.findDuplicates("berenice.test@example.com", null, created.id())))
                .isEmpty();

        asMaison(() -> {
            contacts.delete(created.id());
            return null;
        });
        assertThat(all(ContactFilter.all().withText("Bérénice"))).isEmpty();
        assertThat(asMaison(() -> contacts.get(created.id())).orElseThrow().deleted())
                .isTrue();
        asMaison(() -> {
            contacts.restore(created.id());
            return null;
        });
        assertThat(all(ContactFilter.all().withText("Bérénice")))
                .extracting(ContactRow::id)
                .containsExactly(created.id());

        var trail = asMaison(() -> audit.forEntity("contact", created.id(), 10));
        assertThat(trail).extracting(e -> e.action()).containsExactly("RESTORE", "DELETE", "CREATE");
        assertThat(trail).allSatisfy(e -> assertThat(e.actorName()).isEqualTo("Margaux Delacroix"));
    }

    @Test
    void bulk_tagging_and_csv_export_work_on_a_selection() {
        var buyers = all(ContactFilter.all().withAccountType(AccountType.BUYER));
        var ids = Set.of(buyers.get(0).id(), buyers.get(1).id());
        int changed = asMaison(() -> contacts.addTags(ids, Set.of("Trunk-Show")));
        assertThat(changed).isEqualTo(2);
        assertThat(asMaison(() -> contacts.addTags(ids, Set.of("trunk-show")))).isZero();
        assertThat(all(ContactFilter.all().withTags(Set.of("trunk-show"), TagMatch.ALL)))
                .extracting(ContactRow::id)
                .containsExactlyInAnyOrderElementsOf(ids);

        var out = new StringWriter();
        int rows = asMaison(() -> contacts.exportCsv(ids, out));
        assertThat(rows).isEqualTo(2);
        var lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("name,email,whatsapp");
        assertThat(out.toString()).contains(buyers.get(0).name()).contains("trunk-show");
    }

    @Test
    void related_contacts_share_an_account_or_a_deal() {
        var first = all(ContactFilter.all()).getFirst();
        var related = asMaison(() -> contacts.related(first.id(), 20));
        assertThat(related).extracting(RelatedContact::relation).contains("Same account");
        assertThat(related).extracting(RelatedContact::id).doesNotContain(first.id());
    }

    @Test
    void atelier_nord_sees_none_of_the_maisons_contacts() {
        var maisonIds = all(ContactFilter.all()).stream().map(ContactRow::id).toList();
        var nordRows = asNord(() -> contacts.page(ContactFilter.all(), Page.first(500)));
        assertThat(nordRows).hasSize(6).extracting(ContactRow::id).doesNotContainAnyElementsOf(maisonIds);
        assertThat(asNord(() -> contacts.get(maisonIds.getFirst()))).isEmpty();
        assertThat(asNord(() -> contacts.count(ContactFilter.all())).value()).isEqualTo(6);
    }

    @Test
    void export_of_a_filter_streams_every_matching_contact_in_keyset_chunks() {
        var filter = ContactFilter.all().withInactiveForDays(3);
        var expected = all(filter).stream().map(ContactRow::name).toList();
        assertThat(expected).hasSizeGreaterThan(7);

        var out = new StringWriter();
        // chunks of 7: several keyset pages, one of them possibly full at the end
        int rows = asMaison(() -> contacts.exportCsv(filter, out, 7));

        assertThat(rows).isEqualTo(expected.size());
        var lines = List.of(out.toString().split("\r\n"));
        assertThat(lines.getFirst()).startsWith("name,email,whatsapp");
        assertThat(lines.subList(1, lines.size()))
                .extracting(
                        line -> line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1)) : line.split(",")[0])
                .containsExactlyElementsOf(expected);
        Long audited = asMaison(() -> new TransactionTemplate(txm)
                .execute(status -> jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND details->>'count' = ?",
                        Long.class,
                        Integer.toString(rows))));
        assertThat(audited).isPositive();
    }

    @Test
    void tags_in_use_are_the_distinct_tags_of_the_brands_contacts() {
        var expected = new java.util.TreeSet<String>();
        all(ContactFilter.all()).forEach(r -> expected.addAll(r.tags()));

        assertThat(asMaison(() -> contacts.tagsInUse(500))).containsExactlyElementsOf(expected);
        assertThat(asMaison(() -> contacts.tagsInUse(3)))
                .containsExactlyElementsOf(List.copyOf(expected).subList(0, 3));
        assertThat(asNord(() -> contacts.tagsInUse(500))).doesNotContain("vip", "milan");
    }

    @Test
    void the_tag_vocabulary_follows_every_write_of_a_contacts_tags() {
        String tag = "probe-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        var first = asMaison(
                () -> contacts.create(ContactForm.named("Tag Probe One").withTags(Set.of(tag)), "FR"));
        var second = asMaison(() -> contacts.create(ContactForm.named("Tag Probe Two"), "FR"));
        assertThat(asMaison(() -> contacts.tagsInUse(500))).contains(tag);
        assertThat(tagCount(tag)).isEqualTo(1);

        asMaison(() -> contacts.addTags(Set.of(first.id(), second.id()), Set.of(tag))); // first has it already
        assertThat(tagCount(tag)).isEqualTo(2);

        asMaison(() -> {
            contacts.delete(first.id());
            return null;
        });
        assertThat(tagCount(tag)).isEqualTo(1);

        asMaison(() -> contacts.update(second.id(), ContactForm.named("Tag Probe Two"), "FR"));
        assertThat(tagCount(tag)).isZero();
        assertThat(asMaison(() -> contacts.tagsInUse(500))).doesNotContain(tag);
        assertThat(asNord(() -> contacts.tagsInUse(500))).doesNotContain(tag);

        asMaison(() -> {
            contacts.restore(first.id());
            return null;
        });
        assertThat(tagCount(tag)).isEqualTo(1);
        assertThat(asMaison(() -> contacts.tagsInUse(500))).contains(tag);
    }

    private long tagCount(String tag) {
        Long n = asMaison(() -> new TransactionTemplate(txm)
                .execute(status -> jdbc.queryForObject(
                        "SELECT coalesce(sum(contacts), 0) FROM contact_tags WHERE tag = ?", Long.class, tag)));
        return n == null ? 0 : n;
    }

    @Test
    void owners_are_the_members_of_the_current_brand() {
        assertThat(asMaison(() -> contacts.owners()))
                .extracting(ContactOwner::name)
                .containsExactly("Aiko Tanaka", "Luca Bernardi", "Margaux Delacroix");
        assertThat(asNord(() -> contacts.owners()))
                .extracting(ContactOwner::name)
                .containsExactlyInAnyOrder("Freja Lindqvist", "Margaux Delacroix");
    }

    @Test
    void owner_filter_keeps_the_contacts_of_that_owner() {
        var luca = asMaison(() -> contacts.owners()).stream()
                .filter(o -> o.name().equals("Luca Bernardi"))
                .findFirst()
                .orElseThrow();
        var rows = all(ContactFilter.all().withOwnerId(luca.id()));
        assertThat(rows).isNotEmpty().allMatch(r -> "Luca Bernardi".equals(r.ownerName()));
        assertThat(rows).hasSizeLessThan(all(ContactFilter.all()).size());
    }

    @Autowired
    AccountService accounts;

    @Test
    void counting_stops_at_the_cap_and_says_at_least() {
        var all = all(ContactFilter.all()).size();
        var capped = asMaison(() -> new TransactionTemplate(txm)
                .execute(s -> counter.count("FROM contacts c WHERE c.deleted_at IS NULL", Map.of(), 1_000_000, 5)));
        assertThat(capped).isEqualTo(CountResult.atLeast(5));
        assertThat(capped.estimated()).isTrue();
        var exact = asMaison(() -> new TransactionTemplate(txm)
                .execute(s -> counter.count("FROM contacts c WHERE c.deleted_at IS NULL", Map.of(), 1_000_000, 500)));
        assertThat(exact).isEqualTo(CountResult.exact(all));
        assertThat(CountEstimator.COUNT_CAP).isEqualTo(10_000);
    }

    @Test
    void a_count_the_planner_expects_to_be_costly_is_estimated_even_when_few_rows_match() {
        // few rows, but an expensive plan (an uncorrelated subquery over ten million rows): not worth counting
        String costly = "FROM contacts c WHERE c.deleted_at IS NULL"
                + " AND (SELECT count(*) FROM generate_series(1, 10000000)) > 0";
        var count =
                asMaison(() -> new TransactionTemplate(txm).execute(s -> counter.count(costly, Map.of(), 1_000_000)));
        assertThat(count.estimated()).isTrue();
        assertThat(count.atLeast()).isFalse();
    }

    @Test
    void sorting_by_account_name_follows_renames_and_moves_without_touching_the_contact() {
        var account = asMaison(() -> accounts.create(new AccountForm(
                "AAAA Sortfirst Studio", AccountType.MEDIA, null, null, null, null, null, null, Set.of(), null)));
        var contact = asMaison(() -> contacts.create(
                new ContactForm(
                        "Zed Sorter",
                        null,
                        null,
                        null,
                        null,
                        account.id(),
                        null,
                        null,
                        null,
                        Set.of(),
                        null,
                        null,
                        null),
                "FR"));
        var byAccount = asMaison(() -> contacts.page(ContactFilter.all(), Page.of(0, 3, SortOrder.asc("account"))));
        assertThat(byAccount.getFirst().id()).isEqualTo(contact.id());
        assertThat(byAccount.getFirst().accountName()).isEqualTo("AAAA Sortfirst Studio");

        var editedAt = contact.updatedAt();
        asMaison(() -> accounts.update(
                account.id(),
                new AccountForm(
                        "ZZZZ Sortlast Studio",
                        AccountType.MEDIA,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Set.of(),
                        null)));
        var descending = asMaison(() -> contacts.page(ContactFilter.all(), Page.of(0, 500, SortOrder.desc("account"))));
        var named = descending.stream().filter(r -> r.accountName() != null).toList();
        assertThat(named.getFirst().id()).isEqualTo(contact.id());
        assertThat(named.getFirst().accountName()).isEqualTo("ZZZZ Sortlast Studio");
        assertThat(asMaison(() -> contacts.get(contact.id())).orElseThrow().updatedAt())
                .as("an account rename is not an edit of the contact")
                .isEqualTo(editedAt);

        asMaison(() -> contacts.update(
                contact.id(),
                new ContactForm(
                        "Zed Sorter", null, null, null, null, null, null, null, null, Set.of(), null, null, null),
                "FR"));
        var ascending = asMaison(() -> contacts.page(ContactFilter.all(), Page.of(0, 500, SortOrder.asc("account"))));
        var row = ascending.stream()
                .filter(r -> r.id().equals(contact.id()))
                .findFirst()
                .orElseThrow();
        assertThat(row.accountName()).isNull();
        assertThat(ascending.indexOf(row)).isGreaterThan(ascending.size() - 1 - countWithoutAccount(ascending));

        asMaison(() -> {
            contacts.delete(contact.id());
            accounts.delete(account.id());
            return null;
        });
    }

    private static int countWithoutAccount(List<ContactRow> rows) {
        return (int) rows.stream().filter(r -> r.accountName() == null).count();
    }
}
