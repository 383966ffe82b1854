package com.fashionos.ui.base;

import com.fashionos.ui.activity.RecentActivityFeed;
import com.fashionos.ui.conversation.CommsPulse;
import com.fashionos.ui.search.SearchPalette;
import com.fashionos.ui.security.BrandRef;
import com.fashionos.ui.security.CurrentUser;
import com.fashionos.ui.security.FashionUser;
import com.fashionos.ui.segment.SegmentList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The triptych every signed-in view lives in. LEFT: brand (and brand switcher), global search (Ctrl/Cmd+K),
 * navigation from the views' {@code @Menu} entries, segments, comms pulse, recent activity and the user. MAIN: the
 * view under a header with its title. RIGHT: the intelligence panel, which a {@link HasIntelligence} view fills and
 * which folds away on narrow screens.
 */
@Layout
@PermitAll
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    static final String DASHBOARD_PATH = "crm";

    static final String INTEL_COLLAPSED = MainLayout.class.getName() + ".intelCollapsed";

    final TextField search = new TextField();
    final SideNav navigation = new SideNav();
    final IntelligencePanel intelligence = new IntelligencePanel();
    final Button intelToggle = new Button();

    @Nullable
    Select<BrandRef> brandSwitcher;

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    final SegmentList segmentList;
    final CommsPulse pulse;
    final RecentActivityFeed recentFeed;
    final SearchPalette palette;
    private final Div main = new Div();
    private final Div content = new Div();
    private final H1 pageTitle = new H1();
    private final Div intelPanel = new Div();

    MainLayout(
            CurrentUser currentUser,
            AuthenticationContext authentication,
            SegmentList segmentList,
            CommsPulse pulse,
            RecentActivityFeed recentFeed,
            SearchPalette palette) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.segmentList = segmentList;
        this.pulse = pulse;
        this.recentFeed = recentFeed;
        this.palette = palette;
        addClassName("fos-shell");
        FashionUser user = currentUser.require();
        add(sidebar(user), main(), intelligencePanel());
        // the shortcut listens on the whole UI; the browser keeps what is typed until the palette has focus
        Shortcuts.addShortcutListener(this, (Command) this::openSearch, Key.KEY_K, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, (Command) this::openSearch, Key.KEY_K, KeyModifier.META);
        SearchPalette.installTypeAhead(this);
        search.getElement().addEventListener("click", event -> openSearch());
        Object collapsed =
                UI.getCurrent() == null ? null : UI.getCurrent().getSession().getAttribute(INTEL_COLLAPSED);
        setIntelligenceCollapsed(Boolean.TRUE.equals(collapsed));
    }

    // ---- left ----

    private Component sidebar(FashionUser user) {
        var sidebar = new Div();
        sidebar.addClassName("fos-sidebar");
        sidebar.getElement().setAttribute("aria-label", "Sidebar");

        var scroll = new Div(brandBlock(user), searchField(), navigation(), segments(), commsPulse(), recentActivity());
        scroll.addClassName("fos-sidebar-scroll");
        sidebar.add(scroll, userBlock(user));
        return sidebar;
    }

    private Component brandBlock(FashionUser user) {
        BrandRef brand = user.currentBrand();
        var monogram = new Span(brand.name().substring(0, 1).toUpperCase(Locale.ROOT));
        monogram.addClassName("fos-monogram");
        var block = new Div(monogram);
        block.addClassName("fos-brand");
        if (user.memberships().size() > 1) {
            var select = new Select<BrandRef>();
            select.addClassName("fos-brand-switcher");
            select.setItems(user.memberships());
            select.setItemLabelGenerator(BrandRef::name);
            select.setValue(brand);
            select.setAriaLabel("Switch brand");
            select.setTooltipText("Switch brand");
            select.addValueChangeListener(event -> {
                if (event.isFromClient()
                        && event.getValue() != null
                        && !event.getValue().equals(brand)) {
                    currentUser.switchBrand(event.getValue().id());
                    UI.getCurrent().getPage().reload();
                }
            });
            brandSwitcher = select;
            block.add(select);
        } else {
            var name = new Span(brand.name());
            name.addClassName("fos-brand-name");
            block.add(name);
        }
        var role = new Span(roleLabel(brand));
        role.addClassName("fos-brand-role");
        block.add(role);
        return block;
    }

    private Component searchField() {
        search.setPlaceholder("Search");
        search.setTooltipText("Search contacts, accounts and deals (Ctrl+K)");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        var hint = new Span("Ctrl K");
        hint.addClassName("fos-kbd");
        search.setSuffixComponent(hint);
        search.setClearButtonVisible(true);
        search.setAriaLabel("Global search");
        search.addClassName("fos-search");
        search.setWidthFull();
        search.addKeyDownListener(Key.ENTER, event -> {
            String query = search.getValue().strip();
            if (!query.isEmpty()) {
                UI.getCurrent().navigate("crm/contacts", QueryParameters.simple(Map.of("q", query)));
            }
        });
        return search;
    }

    private Component navigation() {
        navigation.addClassName("fos-nav");
        navigation.getElement().setAttribute("aria-label", "Main navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            // Sub-pages (a contact's 360, a deal's war room) keep their area highlighted; the dashboard only itself.
            item.setMatchNested(!DASHBOARD_PATH.equals(stripSlashes(entry.path())));
            navigation.addItem(item);
        }
        return navigation;
    }

    private Component segments() {
        return section("Segments", segmentList);
    }

    private Component commsPulse() {
        return section("Comms pulse", pulse);
    }

    private Component recentActivity() {
        return section("Recent activity", recentFeed);
    }

    /** Opens the search palette with whatever the sidebar field holds. */
    void openSearch() {
        palette.open(search.getValue());
    }

    private static Component section(String title, Component... children) {
        var heading = new H2(title);
        heading.addClassName("fos-section-title");
        var section = new Div(heading);
        section.add(children);
        section.addClassName("fos-sidebar-section");
        return section;
    }

    private Component userBlock(FashionUser user) {
        var avatar = new Avatar(user.displayName());
        avatar.addClassName("fos-avatar");
        var name = new Span(user.displayName());
        name.addClassName("fos-user-name");
        var email = new Span(user.email());
        email.addClassName("fos-user-email");
        var who = new Div(name, email);
        who.addClassName("fos-user-who");
        var signOut = new Button(VaadinIcon.SIGN_OUT.create(), event -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        signOut.setAriaLabel("Sign out");
        signOut.setTooltipText("Sign out");
        signOut.addClassName("fos-sign-out");
        var block = new Div(avatar, who, signOut);
        block.addClassName("fos-user");
        return block;
    }

    // ---- main ----

    private Component main() {
        main.addClassName("fos-main");
        pageTitle.addClassName("fos-page-title");
        intelToggle.addThemeVariants(ButtonVariant.TERTIARY);
        intelToggle.addClassName("fos-intel-toggle");
        intelToggle.addClickListener(event -> setIntelligenceCollapsed(!isIntelligenceCollapsed()));
        var header = new Div(pageTitle, intelToggle);
        header.addClassName("fos-main-header");
        content.addClassName("fos-content");
        main.add(header, content);
        return main;
    }

    // ---- right ----

    private Component intelligencePanel() {
        intelPanel.addClassName("fos-intel");
        intelPanel.getElement().setAttribute("aria-label", "Intelligence");
        var icon = VaadinIcon.SPARK_LINE.create();
        icon.addClassName("fos-intel-icon");
        var title = new Span("Intelligence");
        title.addClassName("fos-intel-heading");
        var close = new Button(VaadinIcon.ANGLE_DOUBLE_RIGHT.create(), event -> setIntelligenceCollapsed(true));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Hide intelligence panel");
        close.setTooltipText("Hide panel");
        var header = new Div(icon, title, close);
        header.addClassName("fos-intel-header");
        intelPanel.add(header, intelligence);
        return intelPanel;
    }

    boolean isIntelligenceCollapsed() {
        return hasClassName("fos-intel-collapsed");
    }

    void setIntelligenceCollapsed(boolean collapsed) {
        setClassName("fos-intel-collapsed", collapsed);
        intelToggle.setText(collapsed ? "Show intelligence" : "");
        intelToggle.setIcon(collapsed ? VaadinIcon.ANGLE_DOUBLE_LEFT.create() : null);
        intelToggle.setVisible(collapsed);
        if (UI.getCurrent() != null) {
            UI.getCurrent().getSession().setAttribute(INTEL_COLLAPSED, collapsed);
        }
    }

    // ---- router ----

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component view =
                event.getActiveChain().isEmpty() || !(event.getActiveChain().getFirst() instanceof Component c)
                        ? null
                        : c;
        pageTitle.setText(view == null ? "" : headerOf(view));
        intelligence.showEmpty();
        if (view instanceof HasIntelligence hasIntelligence) {
            hasIntelligence.bindIntelligence(intelligence);
        }
    }

    private static String stripSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** The suffix page titles carry for the browser tab; the in-page heading leaves it out. */
    static final String TITLE_SUFFIX = " · FashionOS CRM";

    static String headerOf(Component view) {
        return withoutSuffix(MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> view.getClass().equals(entry.menuClass()))
                .map(MenuEntry::title)
                .findFirst()
                .or(() -> MenuConfiguration.getPageHeader(view))
                .orElse(""));
    }

    /** A page title as the main-area heading: without the app-name suffix of the browser tab title. */
    static String withoutSuffix(String title) {
        String trimmed = title.strip();
        return trimmed.endsWith(TITLE_SUFFIX.strip())
                ? trimmed.substring(0, trimmed.length() - TITLE_SUFFIX.strip().length())
                        .strip()
                : trimmed;
    }

    private static String roleLabel(BrandRef brand) {
        String role = brand.role().name();
        return role.charAt(0) + role.substring(1).toLowerCase(Locale.ROOT);
    }
}
