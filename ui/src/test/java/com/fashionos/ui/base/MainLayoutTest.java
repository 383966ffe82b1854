package com.fashionos.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.tenant.AmbientTenant;
import com.fashionos.ui.security.BrandRef;
import com.fashionos.ui.security.CurrentUser;
import com.fashionos.ui.support.UiFixtures;
import com.fashionos.ui.support.UiIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@UiIntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    UiFixtures fixtures;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    AmbientTenant tenant;

    @BeforeEach
    void seed() {
        fixtures.seed();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void sidebar_navigates_to_every_crm_area() {
        fixtures.signIn(UiFixtures.VIEWER);
        navigate("crm", com.vaadin.flow.component.Component.class);

        MainLayout layout = find(MainLayout.class).single();
        assertThat(layout.navigation.getItems())
                .extracting(SideNavItem::getLabel)
                .containsExactly(
                        "Dashboard", "Contacts", "Accounts", "Deals", "Conversations", "Drafts", "Outbox", "Playbooks");
        assertThat(layout.navigation.getItems())
                .extracting(SideNavItem::getPath)
                .containsExactly(
                        "crm",
                        "crm/contacts",
                        "crm/accounts",
                        "crm/deals",
                        "crm/conversations",
                        "crm/drafts",
                        "crm/outbox",
                        "crm/playbooks");
        assertThat(layout.navigation.getItems())
                .extracting(SideNavItem::isMatchNested)
                .containsExactly(false, true, true, true, true, true, true, true);
    }

    @Test
    void intelligence_panel_starts_with_an_honest_empty_state() {
        fixtures.signIn(UiFixtures.VIEWER);
        navigate("crm", com.vaadin.flow.component.Component.class);

        MainLayout layout = find(MainLayout.class).single();
        assertThat(layout.intelligence.isEmpty()).isTrue();
        assertThat(layout.intelligence.getElement().getTextRecursively()).contains(IntelligencePanel.EMPTY_TEXT);
    }

    @Test
    void intelligence_panel_folds_away_and_comes_back() {
        fixtures.signIn(UiFixtures.VIEWER);
        navigate("crm", com.vaadin.flow.component.Component.class);
        MainLayout layout = find(MainLayout.class).single();

        layout.setIntelligenceCollapsed(true);
        assertThat(layout.intelToggle.isVisible()).isTrue();
        test(layout.intelToggle).click();

        assertThat(layout.isIntelligenceCollapsed()).isFalse();
    }

    @Test
    void single_brand_user_sees_no_brand_switcher() {
        fixtures.signIn(UiFixtures.VIEWER);
        navigate("crm", com.vaadin.flow.component.Component.class);

        assertThat(find(MainLayout.class).single().brandSwitcher).isNull();
    }

    @Test
    void multi_brand_user_switches_brand_and_with_it_role_and_tenant() {
        fixtures.signIn(UiFixtures.OWNER);
        navigate("crm", com.vaadin.flow.component.Component.class);
        MainLayout layout = find(MainLayout.class).single();

        assertThat(layout.brandSwitcher).isNotNull();
        assertThat(layout.brandSwitcher.getListDataView().getItems().map(BrandRef::name))
                .containsExactly(UiFixtures.MAISON, UiFixtures.NORD);
        assertThat(layout.brandSwitcher.getValue().name()).isEqualTo(UiFixtures.MAISON);
        assertThat(currentUser.hasRole("OWNER")).isTrue();

        BrandRef nord = layout.brandSwitcher.getListDataView().getItem(1);
        currentUser.switchBrand(nord.id());

        assertThat(currentUser.require().currentBrand().name()).isEqualTo(UiFixtures.NORD);
        assertThat(tenant.brandId()).contains(nord.id());
        assertThat(currentUser.hasRole("OWNER")).isFalse();
        assertThat(currentUser.hasRole("AGENT")).isTrue();
        assertThat(currentUser.hasRole("VIEWER")).isTrue();
    }
}
