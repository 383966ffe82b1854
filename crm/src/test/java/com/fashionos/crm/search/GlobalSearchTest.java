package com.fashionos.crm.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.common.Page;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.testsupport.SeededCrmTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
}
