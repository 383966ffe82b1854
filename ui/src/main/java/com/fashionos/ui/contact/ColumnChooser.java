package com.fashionos.ui.contact;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A "Columns" menu with a checkbox per optional grid column. The choice is kept in the user's session, so the list
 * looks the same when they come back to it; columns not listed (the name) always stay.
 */
class ColumnChooser extends MenuBar {

    /** One optional column: its grid key and its label in the menu. */
    record Choice(String key, String label, boolean visibleByDefault) {}

    static final String ROOT = "Columns";

    private final String sessionKey;
    private final Set<String> hidden;

    ColumnChooser(Grid<?> grid, List<Choice> choices, String sessionKey) {
        this.sessionKey = sessionKey;
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        addClassName("fos-column-chooser");
        var root = addItem(VaadinIcon.GRID_SMALL_O.create());
        root.add(ROOT);
        root.setAriaLabel("Choose columns");
        var menu = root.getSubMenu();
        this.hidden = new LinkedHashSet<>(stored(choices));
        for (Choice choice : choices) {
            var column = grid.getColumnByKey(choice.key());
            boolean visible = !hidden.contains(choice.key());
            column.setVisible(visible);
            var item = menu.addItem(choice.label());
            item.setCheckable(true);
            item.setChecked(visible);
            item.setKeepOpen(true);
            item.addClickListener(event -> {
                column.setVisible(item.isChecked());
                remember(choice.key(), item.isChecked());
            });
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> stored(List<Choice> choices) {
        VaadinSession session = VaadinSession.getCurrent();
        Object stored = session == null ? null : session.getAttribute(sessionKey);
        if (stored instanceof Set<?> set) {
            return (Set<String>) set;
        }
        var defaults = new LinkedHashSet<String>();
        choices.stream().filter(c -> !c.visibleByDefault()).forEach(c -> defaults.add(c.key()));
        return defaults;
    }

    private void remember(String key, boolean visible) {
        if (visible) {
            hidden.remove(key);
        } else {
            hidden.add(key);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(sessionKey, Set.copyOf(hidden));
        }
    }
}
