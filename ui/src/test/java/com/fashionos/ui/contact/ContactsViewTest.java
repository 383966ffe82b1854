package com.fashionos.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.contact.ContactRow;
import com.fashionos.ui.base.IntelligencePanel;
import com.fashionos.ui.support.UiFixtures;
import com.fashionos.ui.support.UiIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@UiIntegrationTest
class ContactsViewTest extends SpringBrowserlessTest {

    @Autowired
    UiFixtures fixtures;

    @BeforeEach
    void signIn() {
        fixtures.seed().signIn(UiFixtures.VIEWER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void lists_the_contacts_of_the_current_brand_only() {
        ContactsView view = navigate(ContactsView.class);

        assertThat(names(view.grid))
                .containsExactly("Amélie Laurent", "Bruno Castell", "Chiara Ferri", "Dominique Roux", "Élodie Vance");
        assertThat(view.countLabel.getText()).isEqualTo("5 contacts");
    }

    @Test
    void filter_text_narrows_the_grid() {
        ContactsView view = navigate(ContactsView.class);

        test(view.filterField).setValue("buyer");

        assertThat(names(view.grid)).containsExactly("Bruno Castell");
        assertThat(view.countLabel.getText()).isEqualTo("1 contact");
    }

    @Test
    void no_match_shows_the_empty_state_instead_of_the_grid() {
        ContactsView view = navigate(ContactsView.class);

        test(view.filterField).setValue("zzz-nobody");

        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.countLabel.getText()).isEqualTo("0 contacts");
    }

    @Test
    void global_search_query_opens_the_list_filtered() {
        UI.getCurrent().navigate("crm/contacts", QueryParameters.of("q", "chiara"));
        ContactsView view = (ContactsView) getCurrentView();

        assertThat(view.filterField.getValue()).isEqualTo("chiara");
        assertThat(names(view.grid)).containsExactly("Chiara Ferri");
    }

    @Test
    void selecting_a_contact_shows_its_key_facts_in_the_intelligence_panel() {
        ContactsView view = navigate(ContactsView.class);
        IntelligencePanel panel = find(IntelligencePanel.class).single();
        assertThat(panel.isEmpty()).isTrue();

        test(view.grid).select(0);

        assertThat(panel.isEmpty()).isFalse();
        assertThat(panel.getElement().getTextRecursively())
                .contains("Amélie Laurent")
                .contains("amelie.laurent@vogue.example");
    }

    @Test
    void a_selected_contact_opens_its_360_from_the_intelligence_panel() {
        ContactsView view = navigate(ContactsView.class);
        test(view.grid).select(0);

        test(find(Button.class).withText("Open contact").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ContactDetailView.class);
    }

    @Test
    void changing_the_filter_clears_the_selection_and_the_panel() {
        ContactsView view = navigate(ContactsView.class);
        IntelligencePanel panel = find(IntelligencePanel.class).single();
        test(view.grid).select(0);

        test(view.filterField).setValue("stylist");

        assertThat(view.grid.getSelectedItems()).isEmpty();
        assertThat(view.bulk.isVisible()).isFalse();
        assertThat(panel.isEmpty()).isTrue();
    }

    private List<String> names(Grid<ContactRow> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size())
                .mapToObj(i -> tester.getRow(i).name())
                .toList();
    }
}
