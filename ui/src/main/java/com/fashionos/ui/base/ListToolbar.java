package com.fashionos.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/**
 * The toolbar above a list: its filters and count at the start, its actions pushed to the end, wrapping onto a second
 * line when the column is narrow.
 */
public final class ListToolbar extends Div {

    public ListToolbar(List<? extends Component> start, Component... end) {
        start.forEach(this::add);
        var spacer = new Div();
        spacer.addClassName(LumoUtility.Flex.GROW);
        add(spacer);
        add(end);
        addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER,
                "fos-toolbar");
    }

    /**
     * Makes {@code field} the list's text filter: a search icon, a clear button, and {@code onChange} once typing
     * pauses.
     */
    public static void searchField(TextField field, String placeholder, String ariaLabel, Runnable onChange) {
        field.setPlaceholder(placeholder);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setAriaLabel(ariaLabel);
        field.addValueChangeListener(e -> onChange.run());
    }
}
