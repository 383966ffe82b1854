package com.fashionos.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A calm "nothing here yet" block: an icon, a headline, one sentence and optional actions. */
public final class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String headline, String text, Component... actions) {
        addClassName("fos-empty");
        var i = icon.create();
        i.addClassName("fos-empty-icon");
        var actionRow = new Div(actions);
        actionRow.addClassName("fos-empty-actions");
        add(i, new H3(headline), new Paragraph(text), actionRow);
    }
}
