package com.fashionos.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.account.AccountFilter;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealService;
import com.fashionos.ui.activity.SeededViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The detail routes (contact 360, account, deal war room) share how they read, refuse and title their record. */
class DetailRoutesTest extends SeededViewTest {

    @Autowired
    ContactService contacts;

    @Autowired
    AccountService accounts;

    @Autowired
    DealService deals;

    @Test
    void malformed_and_unknown_keys_show_the_not_found_page() {
        for (String area : new String[] {"contacts", "accounts", "deals"}) {
            for (String key : new String[] {"not-a-key", UUID.randomUUID().toString()}) {
                navigate("crm/" + area + "/" + key, Component.class);
                assertThat(getCurrentView()).as("crm/%s/%s", area, key).isInstanceOf(NotFoundView.class);
            }
        }
    }

    @Test
    void each_record_names_the_heading_and_the_browser_tab() {
        var contact = asMaison(() -> contacts.page(ContactFilter.all(), Page.first(1)))
                .getFirst();
        var account = asMaison(() -> accounts.page(AccountFilter.all(), Page.first(1)))
                .getFirst();
        var deal = asMaison(() -> deals.page(DealFilter.all(), Page.first(1))).getFirst();

        navigate("crm/contacts/" + contact.id(), Component.class);
        assertTitles(contact.name());
        navigate("crm/accounts/" + account.id(), Component.class);
        assertTitles(account.name());
        navigate("crm/deals/" + deal.id(), Component.class);
        assertTitles(deal.reference() + " " + deal.title());
        navigate("crm/deals/" + deal.reference(), Component.class);
        assertThat(getCurrentView().getClass().getSimpleName())
                .as("a deal's number works as its address")
                .isEqualTo("DealView");
        assertTitles(deal.reference() + " " + deal.title());
    }

    private void assertTitles(String name) {
        assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle()).isEqualTo(name + " · FashionOS CRM");
        assertThat(find(H1.class).single().getText()).isEqualTo(name);
        assertThat(find(H2.class, (Component) getCurrentView()).all())
                .as("the view does not repeat the heading")
                .extracting(H2::getText)
                .doesNotContain(name);
    }
}
