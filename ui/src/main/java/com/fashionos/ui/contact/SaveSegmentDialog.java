package com.fashionos.ui.contact;

import com.fashionos.crm.common.ValidationException;
import com.fashionos.crm.segment.Segment;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Names the current filter and saves it as a segment. The name must not be blank or taken; the service's message
 * ("A segment named … already exists") shows on the field.
 */
class SaveSegmentDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Checkbox shared = new Checkbox("Share with the whole brand", true);
    final Button save = new Button("Save segment");

    /**
     * @param create saves (name, shared) and returns the segment, or throws {@link ValidationException}
     */
    SaveSegmentDialog(String summary, BiFunction<String, Boolean, Segment> create, Consumer<Segment> onSaved) {
        setHeaderTitle("Save as segment");
        name.setPlaceholder("e.g. Warm Milan buyers");
        name.setWidthFull();
        name.setMaxLength(80);
        var what = new Paragraph(summary);
        what.addClassName("fos-dialog-note");
        add(name, shared, what);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(event -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage("Give the segment a name");
                name.setInvalid(true);
                return;
            }
            try {
                Segment segment = create.apply(name.getValue(), shared.getValue());
                close();
                onSaved.accept(segment);
            } catch (ValidationException e) {
                name.setErrorMessage(e.getMessage());
                name.setInvalid(true);
            }
        });
        name.addValueChangeListener(event -> name.setInvalid(false));
        getFooter().add(new Button("Cancel", event -> close()), save);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                name.focus();
            }
        });
    }
}
