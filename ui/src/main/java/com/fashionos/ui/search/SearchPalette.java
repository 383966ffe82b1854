package com.fashionos.ui.search;

import com.fashionos.crm.search.GlobalSearch;
import com.fashionos.crm.search.SearchHit;
import com.fashionos.crm.search.SearchResults;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Scope;

/**
 * The global search palette (Ctrl/Cmd+K): type, see contacts, accounts and deals grouped (trigram search in SQL),
 * move with the arrow keys and open with Enter, or click a result.
 *
 * <p>Ctrl+K reaches the server before the palette can open, so the browser does two things itself: it keeps what is
 * typed in that round trip ({@link #installTypeAhead}) and, once the dialog's overlay has opened, focuses the field
 * and hands it those keys. Without that the field gets focus only a round trip later and the first letters of a
 * quick typist land nowhere.
 */
@SpringComponent
@Scope("prototype")
public class SearchPalette extends Dialog {

    static final int PER_GROUP = 5;

    static final String SELECTED = "fos-search-selected";

    /**
     * Installed once per page: from Ctrl/Cmd+K (when no dialog is open) until the palette takes the keys, at most two
     * seconds, printable keys and Backspace are kept instead of reaching whatever had focus.
     */
    static final String TYPE_AHEAD = """
            if (window.fosTypeAhead) {
              return;
            }
            const state = {text: null, until: 0};
            window.fosTypeAhead = {
              take() {
                const text = state.text || '';
                state.text = null;
                return text;
              }
            };
            document.addEventListener('keydown', event => {
              const key = event.key;
              if ((event.ctrlKey || event.metaKey) && !event.altKey && (key === 'k' || key === 'K')) {
                const dialogOpen = [...document.querySelectorAll('vaadin-dialog')].some(d => d.opened);
                state.text = dialogOpen ? null : '';
                state.until = Date.now() + 2000;
                return;
              }
              if (state.text === null) {
                return;
              }
              if (Date.now() > state.until) {
                state.text = null;
                return;
              }
              if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
                state.text += key;
              } else if (key === 'Backspace') {
                state.text = state.text.slice(0, -1);
              } else {
                return;
              }
              event.preventDefault();
              event.stopImmediatePropagation();
            }, true);
            """;

    /**
     * Run on the dialog as it opens: focus the field as soon as it shows, and again once the overlay reports it is
     * open (its focus trap has run then), appending the keys typed since Ctrl+K.
     */
    static final String FOCUS_ON_OPEN = """
            const dialog = this;
            const field = $0;
            const focus = () => {
              if (!dialog.opened) {
                return;
              }
              field.focus();
              const typed = window.fosTypeAhead ? window.fosTypeAhead.take() : '';
              if (typed) {
                // as if typed: the field and the server's value sync both listen to input events
                const input = field.inputElement || field.querySelector('input');
                input.value = input.value + typed;
                input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
              }
            };
            const opened = event => {
              if (event.detail && event.detail.overlay && event.detail.overlay.owner === dialog) {
                document.body.removeEventListener('vaadin-overlay-open', opened);
                focus();
              }
            };
            document.body.addEventListener('vaadin-overlay-open', opened);
            setTimeout(focus);
            """;

    final TextField query = new TextField();
    final Div results = new Div();
    final List<SearchHit> hits = new ArrayList<>();
    final List<Div> rows = new ArrayList<>();
    int selected = -1;

    private final GlobalSearch search;

    SearchPalette(GlobalSearch search) {
        this.search = search;
        addClassName("fos-search-palette");
        setWidth("36rem");
        setMaxWidth("calc(100vw - 2rem)");
        getElement().setAttribute("aria-label", "Search");
        query.setPlaceholder("Search contacts, accounts or deal numbers (D-1004)");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setWidthFull();
        // no clear button: it would take the first Esc for itself, and the hint promises Esc closes
        query.setAriaLabel("Search");
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setValueChangeTimeout(200);
        query.addValueChangeListener(e -> run(e.getValue()));
        query.addKeyDownListener(Key.ARROW_DOWN, e -> move(1));
        query.addKeyDownListener(Key.ARROW_UP, e -> move(-1));
        query.addKeyDownListener(Key.ENTER, e -> openSelected());
        results.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        results.getElement().setAttribute("role", "listbox");
        results.getStyle().set("max-height", "60vh").set("overflow", "auto");
        var hint = new Span("↑ ↓ to move · Enter to open · Esc to close");
        hint.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        add(query, results);
        getFooter().add(hint);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                getElement().executeJs(FOCUS_ON_OPEN, query.getElement());
            }
        });
        run("");
    }

    /** Makes the page keep the keys typed between Ctrl/Cmd+K and the palette's focus (see {@link #TYPE_AHEAD}). */
    public static void installTypeAhead(Component host) {
        host.getElement().executeJs(TYPE_AHEAD);
    }

    /** Opens the palette with {@code text} already searched. */
    public void open(String text) {
        query.setValue(text == null ? "" : text);
        run(query.getValue());
        open();
    }

    void run(String text) {
        hits.clear();
        rows.clear();
        results.removeAll();
        selected = -1;
        if (text == null || text.isBlank()) {
            var tip =
                    new Paragraph("Find a contact by name or email, an account by name, or a deal by title or number.");
            tip.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            results.add(tip);
            return;
        }
        SearchResults found = search.search(text, PER_GROUP);
        if (found.isEmpty()) {
            var none = new Paragraph("Nothing found for \"" + text.strip() + "\".");
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            results.add(none);
            return;
        }
        group("Contacts", found.contacts(), VaadinIcon.USER);
        group("Accounts", found.accounts(), VaadinIcon.BUILDING_O);
        group("Deals", found.deals(), VaadinIcon.HANDSHAKE);
        select(0);
    }

    private void group(String title, List<SearchHit> group, VaadinIcon icon) {
        if (group.isEmpty()) {
            return;
        }
        var heading = new H3(title);
        heading.addClassNames(
                LumoUtility.FontSize.XSMALL,
                LumoUtility.TextColor.SECONDARY,
                LumoUtility.Margin.Top.SMALL,
                LumoUtility.Margin.Bottom.NONE,
                "fos-search-group");
        results.add(heading);
        for (SearchHit hit : group) {
            int index = hits.size();
            hits.add(hit);
            var i = icon.create();
            i.addClassNames(LumoUtility.IconSize.SMALL, LumoUtility.TextColor.SECONDARY);
            var t = new Span(hit.title());
            t.addClassNames(LumoUtility.FontWeight.MEDIUM, LumoUtility.FontSize.SMALL);
            var s = new Span(hit.subtitle());
            s.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            var text = new Div(t, s);
            text.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            var row = new Div(i, text);
            row.addClassNames(
                    LumoUtility.Display.FLEX,
                    LumoUtility.Gap.SMALL,
                    LumoUtility.AlignItems.CENTER,
                    LumoUtility.Padding.SMALL,
                    LumoUtility.BorderRadius.MEDIUM,
                    "fos-search-hit");
            row.getElement().setAttribute("role", "option");
            row.getStyle().set("cursor", "pointer");
            row.addClickListener(e -> {
                select(index);
                openSelected();
            });
            rows.add(row);
            results.add(row);
        }
    }

    /** Moves the selection by {@code delta}, wrapping around. */
    void move(int delta) {
        if (hits.isEmpty()) {
            return;
        }
        select(Math.floorMod(selected + delta, hits.size()));
    }

    private void select(int index) {
        if (selected >= 0 && selected < rows.size()) {
            rows.get(selected).removeClassName(SELECTED);
            rows.get(selected).getElement().setAttribute("aria-selected", "false");
        }
        selected = index;
        if (index >= 0 && index < rows.size()) {
            rows.get(index).addClassName(SELECTED);
            rows.get(index).getElement().setAttribute("aria-selected", "true");
            rows.get(index).getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        }
    }

    /** The hit currently selected, if any. */
    java.util.Optional<SearchHit> selectedHit() {
        return selected >= 0 && selected < hits.size()
                ? java.util.Optional.of(hits.get(selected))
                : java.util.Optional.empty();
    }

    /** Opens the selected hit's page and closes the palette. */
    void openSelected() {
        selectedHit().ifPresent(hit -> {
            var ui = getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()));
            close();
            ui.ifPresent(u -> u.navigate(route(hit)));
        });
    }

    static String route(SearchHit hit) {
        return switch (hit.kind()) {
            case CONTACT -> "crm/contacts/" + hit.id();
            case ACCOUNT -> "crm/accounts/" + hit.id();
            case DEAL -> "crm/deals/" + hit.id();
        };
    }

    /** The palette's rows, for tests. */
    List<? extends Component> rows() {
        return rows;
    }
}
