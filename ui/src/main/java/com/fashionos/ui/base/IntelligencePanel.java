package com.fashionos.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/**
 * The body of the right-hand panel: intelligence about whatever record the main view has in focus. Until a view
 * shows something it tells the user honestly that there is nothing to show.
 */
public final class IntelligencePanel extends Div {

    /** What the panel says when no record is in focus. */
    public static final String EMPTY_TEXT = "Select a contact, account or deal to see its intelligence.";

    private final Div body = new Div();

    IntelligencePanel() {
        addClassName("fos-intel-body");
        body.addClassName("fos-intel-content");
        add(body);
        showEmpty();
    }

    /** Shows {@code content} under a heading naming the record in focus. */
    public void show(String heading, @Nullable String subheading, Component... content) {
        body.removeAll();
        var title = new H3(heading);
        title.addClassName("fos-intel-title");
        body.add(title);
        if (subheading != null && !subheading.isBlank()) {
            var sub = new Span(subheading);
            sub.addClassName("fos-intel-subtitle");
            body.add(sub);
        }
        body.add(content);
    }

    /** Back to the empty state. */
    public void showEmpty() {
        body.removeAll();
        var icon = VaadinIcon.LIGHTBULB.create();
        icon.addClassName("fos-empty-icon");
        var text = new Paragraph(EMPTY_TEXT);
        var note = new Paragraph("Key facts appear here first; AI suggestions only ever with their sources.");
        note.addClassName("fos-muted");
        var empty = new Div(icon, text, note);
        empty.addClassName("fos-intel-empty");
        body.add(empty);
    }

    /** Whether the panel is in its empty state. */
    public boolean isEmpty() {
        return body.getChildren().anyMatch(child -> child.hasClassName("fos-intel-empty"));
    }

    /** A label/value row for key facts; {@code value} null or blank shows a dash. */
    public static Component fact(String label, @Nullable String value) {
        var l = new Span(label);
        l.addClassName("fos-fact-label");
        var v = new Span(value == null || value.isBlank() ? "—" : value);
        v.addClassName("fos-fact-value");
        var row = new Div(l, v);
        row.addClassName("fos-fact");
        return row;
    }
}
