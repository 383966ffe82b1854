package com.fashionos.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The boxes a record's page is built of: a bordered card around a section, and a tinted tile holding one fact. */
public final class Tiles {

    private Tiles() {}

    /** A bordered, rounded card around a section of the page. */
    public static Div card(Component... content) {
        var card = new Div(content);
        card.addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.LARGE,
                LumoUtility.Border.ALL,
                LumoUtility.BorderColor.CONTRAST_10);
        return card;
    }

    /** A tinted tile with one fact: a small grey {@code label} above its {@code value}, then any notes. */
    public static Div fact(String label, Component value, Component... notes) {
        var l = new Span(label);
        l.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var box = new Div(l, value);
        box.add(notes);
        box.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.SMALL,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.CONTRAST_5);
        return box;
    }
}
