package com.fashionos.ui.playbook;

import com.fashionos.crm.playbook.Playbook;
import com.fashionos.crm.playbook.PlaybookKind;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a playbook: title, kind, version and the Markdown text, typed or filled from an uploaded {@code .md}
 * file. Validates before handing the values on (title required; text required and at most {@link #MAX_BYTES}); a
 * refused upload leaves the text as it was. The kind of an existing playbook is fixed.
 */
class PlaybookEditor extends Dialog {

    /** Largest playbook text accepted, typed or uploaded: 200 KB. */
    static final int MAX_BYTES = 200 * 1024;

    static final String[] ACCEPTED = {".md", ".markdown", ".txt"};

    /** What the editor hands on when the user saves valid values. */
    record Values(PlaybookKind kind, String title, String docVersion, String contentMd) {}

    final TextField title = new TextField("Title");
    final Select<PlaybookKind> kind = new Select<>();
    final TextField docVersion = new TextField("Version");
    final TextArea content = new TextArea("Markdown");
    final Upload upload;
    final Span uploadMessage = new Span();
    final Button save = new Button("Save & index");
    final Button cancel = new Button("Cancel", e -> close());

    private final Consumer<Values> onSave;

    PlaybookEditor(@Nullable Playbook playbook, Consumer<Values> onSave) {
        this.onSave = onSave;
        setHeaderTitle(playbook == null ? "New playbook" : "Edit " + playbook.title());
        setWidth("min(960px, 96vw)");
        addClassName("fos-playbook-editor");

        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        kind.setLabel("Kind");
        kind.setItems(PlaybookKind.values());
        kind.setItemLabelGenerator(PlaybookEditor::kindLabel);
        kind.setValue(PlaybookKind.SOP);
        docVersion.setPlaceholder("1.0");
        docVersion.setMaxLength(40);
        content.setRequiredIndicatorVisible(true);
        content.setHelperText("Markdown; each \"#\" heading becomes a section the Retriever can cite. Up to 200 KB.");
        content.setMinHeight("22rem");
        content.setWidthFull();

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            // The callback may run outside the session lock: apply through the UI.
            Optional<UI> ui = getUI();
            if (ui.isPresent()) {
                ui.get().access(() -> acceptUpload(metadata.fileName(), data));
            } else {
                acceptUpload(metadata.fileName(), data);
            }
        }));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropAllowed(true);
        var uploadButton = new Button("Upload .md", VaadinIcon.UPLOAD.create());
        upload.setUploadButton(uploadButton);
        upload.addFileRejectedListener(e -> rejectUpload(e.getErrorMessage()));
        upload.addFailedListener(
                e -> rejectUpload("The upload failed: " + e.getReason().getMessage()));
        uploadMessage.addClassNames(LumoUtility.FontSize.SMALL);
        uploadMessage.setVisible(false);

        if (playbook != null) {
            title.setValue(playbook.title());
            kind.setValue(playbook.kind());
            kind.setReadOnly(true);
            docVersion.setValue(playbook.docVersion());
            content.setValue(playbook.contentMd());
        }

        var form = new FormLayout(title, kind, docVersion);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(form, upload, uploadMessage, content);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(cancel, save);
    }

    /** Validates and hands the values on; returns whether they were valid. */
    boolean save() {
        String t = title.getValue().strip();
        String md = content.getValue();
        boolean valid = true;
        title.setInvalid(t.isEmpty());
        title.setErrorMessage(t.isEmpty() ? "Give the playbook a title" : null);
        valid &= !t.isEmpty();
        String contentError = contentError(md);
        content.setInvalid(contentError != null);
        content.setErrorMessage(contentError);
        valid &= contentError == null;
        if (!valid) {
            return false;
        }
        String version =
                docVersion.getValue().isBlank() ? "1.0" : docVersion.getValue().strip();
        onSave.accept(new Values(kind.getValue(), t, version, md));
        close();
        return true;
    }

    /**
     * Fills the text from an uploaded file, unless it is of the wrong type, too large, not UTF-8 text or empty — then
     * says why and keeps the text as it was. A new playbook without a title takes the file's first heading.
     */
    boolean acceptUpload(String fileName, byte[] data) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (java.util.Arrays.stream(ACCEPTED).noneMatch(lower::endsWith)) {
            return rejectUpload("\"" + fileName + "\" is not a Markdown file: upload a .md, .markdown or .txt file");
        }
        if (data.length > MAX_BYTES) {
            return rejectUpload("\"" + fileName + "\" is " + (data.length / 1024)
                    + " KB: a playbook can be at most 200 KB. Split it into several playbooks.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(data))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return rejectUpload("\"" + fileName + "\" is not UTF-8 text");
        }
        if (text.isBlank()) {
            return rejectUpload("\"" + fileName + "\" is empty");
        }
        content.setValue(text.replace("\r\n", "\n"));
        content.setInvalid(false);
        if (title.getValue().isBlank()) {
            title.setValue(firstHeading(text).orElse(fileName.replaceFirst("\\.[^.]+$", "")));
        }
        uploadMessage.setText(
                "Loaded \"" + fileName + "\" (" + Math.max(1, data.length / 1024) + " KB). Review it, then save.");
        uploadMessage.getStyle().set("color", "var(--lumo-success-text-color)");
        uploadMessage.setVisible(true);
        return true;
    }

    private boolean rejectUpload(String message) {
        uploadMessage.setText(message + " The text below is unchanged.");
        uploadMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        uploadMessage.setVisible(true);
        upload.clearFileList();
        return false;
    }

    static @Nullable String contentError(String md) {
        if (md.isBlank()) {
            return "Write or upload the playbook's Markdown";
        }
        int bytes = md.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return "The text is " + (bytes / 1024) + " KB: a playbook can be at most 200 KB";
        }
        return null;
    }

    static Optional<String> firstHeading(String md) {
        return md.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "").strip())
                .filter(l -> !l.isEmpty())
                .findFirst();
    }

    static String kindLabel(PlaybookKind kind) {
        return switch (kind) {
            case DNA -> "Maison DNA";
            case SOP -> "SOP";
            case OTHER -> "Other";
        };
    }
}
