package com.fashionos.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.search.SearchHit;
import com.fashionos.ui.activity.SeededViewTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;

class SearchPaletteTest extends SeededViewTest {

    @Test
    void ctrl_k_opens_the_palette_with_grouped_results_navigable_with_the_keyboard() {
        navigate("crm", com.vaadin.flow.component.Component.class);
        fireShortcut(Key.KEY_K, KeyModifier.CONTROL);
        SearchPalette palette = $(SearchPalette.class).single();
        assertThat(palette.isOpened()).isTrue();

        test(palette.query).setValue("Lumi");
        var groups = find(H3.class, palette).all().stream().map(H3::getText).toList();
        assertThat(groups).contains("Accounts", "Deals");
        assertThat(groups)
                .isSortedAccordingTo(java.util.Comparator.comparingInt(
                        g -> java.util.List.of("Contacts", "Accounts", "Deals").indexOf(g)));
        assertThat(palette.hits).isNotEmpty();
        assertThat(palette.selected).isZero();

        int deal = 0;
        while (palette.hits.get(deal).kind() != SearchHit.Kind.DEAL) {
            deal++;
        }
        for (int i = 0; i < deal; i++) {
            palette.move(1);
        }
        SearchHit hit = palette.selectedHit().orElseThrow();
        assertThat(hit.kind()).isEqualTo(SearchHit.Kind.DEAL);
        palette.openSelected();

        assertThat(palette.isOpened()).isFalse();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DealView");
    }

    @Test
    void a_deal_number_finds_the_deal_and_nothing_found_says_so() {
        navigate("crm", com.vaadin.flow.component.Component.class);
        fireShortcut(Key.KEY_K, KeyModifier.CONTROL);
        SearchPalette palette = $(SearchPalette.class).single();
        test(palette.query).setValue("D-1001");
        assertThat(palette.hits).anySatisfy(h -> assertThat(h.kind()).isEqualTo(SearchHit.Kind.DEAL));
        test(palette.query).setValue("qqqxxzz");
        assertThat(palette.hits).isEmpty();
        assertThat(palette.results.getElement().getTextRecursively()).contains("Nothing found");
        palette.move(1);
        assertThat(palette.selectedHit()).isEmpty();
    }
}
