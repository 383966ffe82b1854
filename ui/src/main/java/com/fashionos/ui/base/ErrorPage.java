package com.fashionos.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A centred card for error views: a code, a headline, a sentence and a way back. */
class ErrorPage extends Div {

    ErrorPage(String code, String headline, String text) {
        addClassName("fos-error-page");
        var codeSpan = new Span(code);
        codeSpan.addClassName("fos-error-code");
        var back = new Anchor("crm", "Back to the dashboard");
        back.addClassName("fos-error-back");
        var card = new Div(codeSpan, new H1(headline), new Paragraph(text), back);
        card.addClassName("fos-error-card");
        add(card);
    }
}
