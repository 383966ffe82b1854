package com.fashionos.ui.contact;

import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.segment.Segment;
import com.fashionos.crm.segment.SegmentService;
import com.fashionos.ui.activity.Toasts;
import com.fashionos.ui.segment.SegmentsChanged;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The bar that appears while contacts are selected: how many, "Add tag…" and "Add to segment…" (AGENT and above),
 * "Export selection" as a CSV download of exactly the selected contacts (everyone), and "Clear selection".
 */
class ContactBulkActions extends Div {

    final Span selectedLabel = new Span();
    final Button addTag = new Button("Add tag…", VaadinIcon.TAG.create());
    final Button addToSegment = new Button("Add to segment…", VaadinIcon.FOLDER_ADD.create());
    final Anchor exportSelection = new Anchor();
    final Button clearSelection = new Button("Clear");

    private final ContactService contacts;
    private final SegmentService segments;
    private final Runnable afterWrite;
    private final Runnable onClear;
    private volatile Set<UUID> selected = Set.of();

    ContactBulkActions(
            ContactService contacts, SegmentService segments, boolean canEdit, Runnable afterWrite, Runnable onClear) {
        this.contacts = contacts;
        this.segments = segments;
        this.afterWrite = afterWrite;
        this.onClear = onClear;
        addClassName("fos-bulk-bar");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", "Actions on the selected contacts");
        selectedLabel.addClassName("fos-bulk-count");

        for (Button b : new Button[] {addTag, addToSegment}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setVisible(canEdit);
        }
        addTag.addClickListener(event -> new TagDialog(selected.size(), this::tag).open());
        addToSegment.addClickListener(
                event -> new SegmentPickerDialog(selected.size(), segments.list(), this::addTo).open());

        exportSelection.setHref(exportHandler(), AttachmentType.DOWNLOAD);
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.addClassName("fos-bulk-icon");
        exportSelection.add(icon, new Span("Export selection"));
        exportSelection.addClassName("fos-bulk-link");
        exportSelection.getElement().setAttribute("title", "Download the selected contacts as CSV");

        clearSelection.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clearSelection.addClickListener(event -> onClear.run());
        clearSelection.setAriaLabel("Clear selection");
        clearSelection.setTooltipText("Clear selection");

        var spacer = new Div();
        spacer.addClassName("fos-spacer");
        add(selectedLabel, addTag, addToSegment, exportSelection, spacer, clearSelection);
        setSelection(Set.of());
    }

    /** Shows the bar for these contacts (hidden when none). */
    void setSelection(Set<UUID> ids) {
        selected = Set.copyOf(ids);
        selectedLabel.setText(NumberFormat.getIntegerInstance(Locale.UK).format(ids.size()) + " selected");
        setVisible(!ids.isEmpty());
    }

    Set<UUID> selection() {
        return selected;
    }

    private DownloadHandler exportHandler() {
        return event -> {
            Set<UUID> ids = selected;
            event.setFileName("contacts-selection.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            contacts.exportCsv(ids, out);
            out.flush();
        };
    }

    private void tag(String tag) {
        int changed = contacts.addTags(selected, Set.of(tag));
        if (changed == 0) {
            Toasts.success("All selected contacts already have “" + tag + "”");
        } else {
            Toasts.success("Tagged " + contacts(changed) + " with “" + tag + "”");
        }
        SegmentsChanged.fire();
        afterWrite.run();
    }

    private void addTo(Segment segment) {
        int added = segments.addMembers(segment.id(), selected);
        if (added == 0) {
            Toasts.success("The selected contacts are already in " + segment.name());
        } else {
            Toasts.success("Added " + contacts(added) + " to " + segment.name());
        }
        SegmentsChanged.fire();
        afterWrite.run();
    }

    static String contacts(int n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n) + (n == 1 ? " contact" : " contacts");
    }
}
