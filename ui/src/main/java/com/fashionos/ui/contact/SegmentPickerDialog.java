package com.fashionos.ui.contact;

import com.fashionos.crm.segment.Segment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;

/**
 * Picks the segment the selected contacts are added to by hand. A segment is its saved filter plus such members,
 * so they belong to it from now on whether or not they match its criteria.
 */
class SegmentPickerDialog extends Dialog {

    final ComboBox<Segment> segment = new ComboBox<>("Segment");
    final Button apply = new Button("Add to segment");

    SegmentPickerDialog(int selected, List<Segment> segments, Consumer<Segment> onApply) {
        setHeaderTitle("Add " + ContactBulkActions.contacts(selected) + " to a segment");
        segment.setItems(segments);
        segment.setItemLabelGenerator(Segment::name);
        segment.setPlaceholder("Choose a segment");
        segment.setRequired(true);
        segment.setWidthFull();
        var note = new Paragraph("They stay in the segment even when they do not match its filters.");
        note.addClassName("fos-dialog-note");
        add(segment, note);
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClickListener(event -> {
            Segment chosen = segment.getValue();
            if (chosen == null) {
                segment.setErrorMessage("Choose a segment");
                segment.setInvalid(true);
                return;
            }
            close();
            onApply.accept(chosen);
        });
        getFooter().add(new Button("Cancel", event -> close()), apply);
    }
}
