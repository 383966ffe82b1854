package com.fashionos.ui.draft;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "Draft message" for a page header: starts a Neural Draft on the {@link DraftPanel}'s deal or contact (with the
 * channel chosen in the panel) and shows it there. Hidden for viewers.
 */
public final class DraftMessageButton extends Button {

    public DraftMessageButton(DraftPanel panel) {
        super("Draft message", VaadinIcon.MAGIC.create());
        addClassName("fos-draft-message-button");
        addClickListener(e -> panel.startDraft());
        setVisible(panel.mayStart());
    }
}
