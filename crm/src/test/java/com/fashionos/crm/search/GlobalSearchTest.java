package com.fashionos.crm.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.common.Page;
import com.fashionos.crm.contact.ContactForm;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.testsupport.SeededCrmTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class GlobalSearchTest extends SeededCrmTest {

    @Autowired
    GlobalSearch search;

    @Autowired
    DealService deals;

    @Test
    void finds_accounts_by_partial_name_and_with_a_typo() {
        assertThat(asMaison(() -> search.search("gazet", 5)).accounts())
                .extracting(SearchHit::title)
                .contains("Maison Gazette");
        assertThat(asMaison(() -> search.search("Filatura Sereno", 5)).accounts())
                .extracting(SearchHit::title)
                .first()
                .isEqualTo("Filatura Serena");
        assertThat(asMaison(() -> search.search("Harowgate", 5)).accounts())
                .extracting(SearchHit::title)
                .contains("Harrowgate & Vine");
    }

    @Test
    void finds_deals_by_number_in_either_form_and_by_title() {
        var deal = asMaison(() -> deals.page(DealFilter.all(), Page.first(1))).getFirst();
        assertThat(asMaison(() -> search.search("D-" + deal.number(), 5)).deals())
                .extracting(SearchHit::id)
                .first()
                .isEqualTo(deal.id());
        assertThat(asMaison(() -> search.search(String.valueOf(deal.number()), 5))
                        .deals())
                .extracting(SearchHit::id)
                .first()
                .isEqualTo(deal.id());
        assertThat(asMaison(() -> search.search("desert noir", 5)).deals())
                .extracting(SearchHit::title)
                .anyMatch(t -> t.contains("Lumière Skin × Desert Noir"));
    }

    @Test
    void finds_contacts_by_partial_name_and_short_input_and_respects_the_group_limit() {
        var someone = asMaison(() -> search.search("a", 3));
        assertThat(someone.contacts()).hasSizeLessThanOrEqualTo(3);
        var contact = asMaison(() -> search.search("lumiere-skin.example", 10)).contacts();
        assertThat(contact).hasSize(3);
        String name = contact.getFirst().title();
        String typo = name.substring(0, name.length() - 1) + "x";
        assertThat(asMaison(() -> search.search(typo, 5)).contacts())
                .extracting(SearchHit::title)
                .contains(name);
        assertThat(asMaison(() -> search.search(name.substring(0, 2), 50)).contacts())
                .extracting(SearchHit::title)
                .contains(name);
        assertThat(asMaison(() -> search.search("   ", 5)).isEmpty()).isTrue();
    }

    @Test
    void atelier_nord_finds_nothing_of_the_maison() {
        assertThat(asNord(() -> search.search("Maison Gazette", 5)).isEmpty()).isTrue();
        assertThat(asNord(() -> search.search("Fjord", 5)).accounts()).hasSize(1);
    }

    @Autowired
    ContactService contacts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager txm;

    @Test
    void name_prefixes_rank_before_substrings_before_typos_and_each_hit_comes_once() {
        var ids = asMaison(() -> Set.of(
                contacts.create(form("Qorvandel Amsel"), "FR").id(),
                contacts.create(form("Amsel Qorvandel"), "FR").id(),
                contacts.create(form("Ines Qorvandell"), "FR").id()));
        assertThat(asMaison(() -> search.search("qorvandel", 5)).contacts())
                .extracting(SearchHit::title)
                .containsExactly("Qorvandel Amsel", "Amsel Qorvandel", "Ines Qorvandell");
        assertThat(asMaison(() -> search.search("Qorvandl", 5)).contacts())
                .extracting(SearchHit::title)
                .as("typo-tolerant")
                .contains("Qorvandel Amsel", "Amsel Qorvandel");
        assertThat(asMaison(() -> search.search("qo", 2)).contacts())
                .extracting(SearchHit::title)
                .containsExactly("Qorvandel Amsel");
        asMaison(() -> {
            ids.forEach(contacts::delete);
            return null;
        });
    }

    @Test
    void the_name_prefix_step_is_an_index_range_under_row_level_security() {
        // lower() must be LEAKPROOF (V080) for lower(name) >= ... to be an index condition below the tenant policy
        String plan = asMaison(() -> new TransactionTemplate(txm).execute(s -> {
            jdbc.execute("SET LOCAL enable_seqscan = off");
            jdbc.execute("SET LOCAL enable_bitmapscan = off");
            return String.join(
                    "\n",
                    jdbc.queryForList(
                            "EXPLAIN SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL AND lower(c.name) >= lower('Qo')"
                                    + " AND lower(c.name) < lower('Qo') || chr(1114111) AND c.name ILIKE 'Qo%'"
                                    + " ORDER BY lower(c.name), c.id LIMIT 5",
                            String.class));
        }));
        // which name index the planner picks on the small test data varies; that the range is an index condition does
        // not
        assertThat(plan).containsPattern("Index Cond: .*lower\\(name\\) >=");
    }

    private static ContactForm form(String name) {
        return new ContactForm(name, null, null, null, null, null, null, null, null, Set.of(), null, null, null);
    }
}
