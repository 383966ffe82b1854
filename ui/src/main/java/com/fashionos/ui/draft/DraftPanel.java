package com.fashionos.ui.draft;

import com.fashionos.crm.conversation.PendingDraftRow;
import com.fashionos.crm.playbook.WhatsAppTemplate;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftProposal;
import com.fashionos.workflows.draft.DraftState;
import com.fashionos.workflows.draft.DraftStatus;
import com.fashionos.workflows.draft.DraftTriggers;
import com.fashionos.workflows.draft.GuardianAudit;
import com.fashionos.workflows.draft.SendResult;
import com.fashionos.workflows.draft.SourceSection;
import com.fashionos.workflows.draft.StepRecord;
import com.fashionos.workflows.draft.StepStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The live Neural Draft of one deal or contact, for the right-hand intelligence panel: a "Draft message" action, the
 * draft's progress (status, progress bar, the steps so far), the text with its channel and author ("local model"
 * when the local provider wrote it), the Guardian audit beside the Approve button, the playbook sections it followed,
 * the decisions Improve / Edit / Approve &amp; Send / Reject, the delivery status after sending, a link to the
 * Temporal Web UI when one is configured, and the inline composer for a message written by hand.
 *
 * <p>Updates arrive by server push from {@link DraftWatcher} while the panel is attached. Roles: a viewer sees the
 * draft but no actions; Approve &amp; Send and the composer's Send are for Agents and above. Create panels with
 * {@link DraftPanels}.
 */
public final class DraftPanel extends Div implements DraftWatcher.Watched<DraftPanel.Snapshot> {

    /** What the panel shows: a draft's workflow and state, or nothing yet. */
    record Snapshot(@Nullable String workflowId, @Nullable DraftState state) {

        String signature() {
            if (state == null) {
                return String.valueOf(workflowId);
            }
            StepRecord last = state.steps().isEmpty() ? null : state.steps().getLast();
            return workflowId + "|" + state.draftId() + "|" + state.status() + "|" + state.version() + "|"
                    + state.steps().size() + "|" + (last == null ? "" : last.status()) + "|" + state.error() + "|"
                    + state.sendResult();
        }
    }

    private final DraftService drafts;
    private final DraftWatcher watcher;
    private final DraftActor actor;
    private final Runnable delivered;
    private final @Nullable UUID contactId;
    private final @Nullable UUID dealId;
    private volatile @Nullable String workflowId;
    private volatile @Nullable String shownSignature;
    private volatile @Nullable DraftState shown;
    private final List<Runnable> deliveredListeners = new java.util.ArrayList<>();

    final Select<Channel> channel = new Select<>();
    final Button draftButton = new Button("Draft message");
    final Span status = new Span();
    final ProgressBar progress = new ProgressBar();
    final UnorderedList steps = new UnorderedList();
    final Span meta = new Span();
    final Div subject = new Div();
    final Div body = new Div();
    final Div whatsappNote = new Div();
    final Div templatePicker = new Div();
    final Select<WhatsAppTemplate> templateSelect = new Select<>();
    final Div templateFields = new Div();
    final Map<String, TextField> variableFields = new LinkedHashMap<>();
    final Div templatePreview = new Div();
    final Button useTemplate = new Button("Use this template");
    private int pickerVersion = -1;
    final Div audit = new Div();
    final UnorderedList sources = new UnorderedList();
    final TextField instructions = new TextField();
    final Button improve = new Button("Improve");
    final Button edit = new Button("Edit");
    final TextField editSubject = new TextField("Subject");
    final TextArea editBody = new TextArea("Text");
    final Button saveEdit = new Button("Save as new version");
    final Button cancelEdit = new Button("Cancel");
    final Button approve = new Button("Approve & Send");
    final TextField rejectReason = new TextField();
    final Button reject = new Button("Reject");
    final Span delivery = new Span();
    final Span error = new Span();
    final Anchor temporalLink = new Anchor();
    final Div draftArea = new Div();
    final Div editArea = new Div();
    final Div actions = new Div();
    final Paragraph noContact = new Paragraph("This deal has no primary contact yet: set one to draft a message.");
    final InlineComposer composer;

    DraftPanel(
            DraftService drafts,
            DraftWatcher watcher,
            DraftActor actor,
            @Nullable UUID contactId,
            @Nullable UUID dealId,
            Runnable delivered) {
        this.drafts = drafts;
        this.delivered = delivered;
        this.watcher = watcher;
        this.actor = actor;
        this.contactId = contactId;
        this.dealId = dealId;
        this.composer = new InlineComposer(drafts, actor, contactId, dealId, () -> {
            delivered.run();
            deliveredListeners.forEach(Runnable::run);
        });
        addClassName("fos-draft-panel");
        getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)")
                .set("min-width", "0")
                .set("overflow-wrap", "anywhere");

        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(DraftPanel::channelLabel);
        channel.setValue(
                contactId == null
                        ? Channel.EMAIL
                        : drafts.preferredChannel(actor.brandId(), contactId).orElse(Channel.EMAIL));
        channel.setAriaLabel("Channel");
        channel.setMinWidth("7.5em");
        channel.addValueChangeListener(e -> showChannelHints());
        draftButton.addThemeVariants(ButtonVariant.PRIMARY);
        draftButton.addClassName("fos-draft-start");
        approve.addClassName("fos-draft-approve");
        improve.addClassName("fos-draft-improve");
        edit.addClassName("fos-draft-edit");
        reject.addClassName("fos-draft-reject");
        draftButton.addClickListener(e -> startDraft());
        var start = new Div(channel, draftButton);
        start.addClassName("fos-draft-start-row");
        start.setVisible(actor.mayPropose() && contactId != null);
        noContact.setVisible(contactId == null);
        noContact.addClassName("fos-muted");

        status.addClassName("fos-draft-status");
        status.getElement().getThemeList().add("badge");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        steps.addClassName("fos-draft-steps");
        steps.getStyle().set("margin", "0").set("padding-left", "1.2em").set("font-size", "var(--lumo-font-size-s)");
        meta.addClassName("fos-draft-meta");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        subject.addClassName("fos-draft-subject");
        subject.getStyle().set("font-weight", "600");
        body.addClassName("fos-draft-body");
        body.getStyle()
                .set("white-space", "pre-wrap")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)");
        whatsappNote.addClassName("fos-draft-whatsapp");
        templateSelect.setLabel("WhatsApp template");
        templateSelect.setItemLabelGenerator(DraftPanel::templateLabel);
        templateSelect.setItemEnabledProvider(WhatsAppTemplate::approved);
        templateSelect.setWidthFull();
        templateSelect.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                showTemplateFields(e.getValue());
            }
        });
        templateFields
                .getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s)");
        templatePreview.addClassName("fos-draft-template-preview");
        templatePreview
                .getStyle()
                .set("white-space", "pre-wrap")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("border", "1px dashed var(--lumo-contrast-30pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        useTemplate.addClassName("fos-draft-use-template");
        useTemplate.addThemeVariants(ButtonVariant.PRIMARY);
        useTemplate.setEnabled(false);
        useTemplate.addClickListener(e -> useTemplate());
        templatePicker.addClassName("fos-draft-template-picker");
        templatePicker.add(templateSelect, templateFields, templatePreview, new Div(useTemplate));
        templatePicker
                .getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)");
        templatePicker.setVisible(false);
        audit.addClassName("fos-draft-audit");
        sources.addClassName("fos-draft-sources");
        sources.getStyle().set("margin", "0").set("padding-left", "1.2em").set("font-size", "var(--lumo-font-size-s)");

        instructions.setPlaceholder("e.g. shorter, mention the Milan show");
        instructions.setAriaLabel("Instructions to improve the draft");
        instructions.setWidthFull();
        improve.addClickListener(e -> improve());
        edit.addClickListener(e -> openEdit());
        editBody.setWidthFull();
        editBody.setMinHeight("10em");
        editSubject.setWidthFull();
        saveEdit.addThemeVariants(ButtonVariant.PRIMARY);
        saveEdit.addClickListener(e -> saveEdit());
        cancelEdit.addClickListener(e -> editArea.setVisible(false));
        editArea.add(editSubject, editBody, new Div(saveEdit, cancelEdit));
        editArea.setVisible(false);
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        approve.addClickListener(e -> approve());
        rejectReason.setPlaceholder("Reason");
        rejectReason.setAriaLabel("Reason for rejecting");
        reject.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        reject.addClickListener(e -> reject());
        var improveRow = row(instructions, improve);
        var decideRow = row(approve, edit);
        var rejectRow = row(rejectReason, reject);
        actions.add(improveRow, decideRow, rejectRow);
        actions.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)");
        improveRow.setVisible(actor.mayPropose());
        edit.setVisible(actor.mayPropose());
        rejectRow.setVisible(actor.mayPropose());
        approve.setVisible(actor.mayApprove());
        delivery.addClassName("fos-draft-delivery");
        error.addClassName("fos-draft-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        temporalLink.setText("Open in Temporal Web UI");
        temporalLink.setTarget(AnchorTarget.BLANK);
        temporalLink.setVisible(false);

        draftArea.add(
                row(status, progress),
                steps,
                meta,
                whatsappNote,
                templatePicker,
                subject,
                body,
                heading("Guardian audit"),
                audit,
                heading("Sources"),
                sources,
                actions,
                editArea,
                delivery,
                temporalLink);
        draftArea
                .getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)");
        draftArea.setVisible(false);

        var composerHeading = heading("Write yourself");
        composerHeading.setVisible(composer.isVisible());
        add(heading("Neural Draft"), noContact, start, error, draftArea, composerHeading, composer);
        showChannelHints();
    }

    // ---- for hosting views ----

    /** The workflow this panel shows, if any. */
    public Optional<String> workflowId() {
        return Optional.ofNullable(workflowId);
    }

    /** Whether the signed-in user may start drafts here (hosting views hide their own "Draft message" otherwise). */
    public boolean mayStart() {
        return actor.mayPropose() && contactId != null;
    }

    /**
     * Runs {@code listener} on the UI thread when a draft shown here is sent (or stored in the sandbox outbox), e.g. to
     * refresh the page's timeline, which now has the "Sent" entry.
     */
    public void onDelivered(Runnable listener) {
        deliveredListeners.add(listener);
    }

    /** Shows the draft running under {@code id} (e.g. one picked from the pending list). */
    public void show(String id) {
        workflowId = id;
        refresh();
    }

    /** Reads the draft now and renders it (the push does this on its own while attached). */
    public void refresh() {
        render(load());
    }

    // ---- start and decisions ----

    void startDraft() {
        Channel chosen = Objects.requireNonNullElse(channel.getValue(), Channel.EMAIL);
        run(() -> {
            DraftHandle handle = dealId != null
                    ? drafts.startForDeal(actor, dealId, chosen, DraftTriggers.DEAL_BUTTON)
                    : drafts.startForContact(
                            actor, Objects.requireNonNull(contactId), chosen, DraftTriggers.CONTACT_BUTTON);
            workflowId = handle.workflowId();
            if (handle.joined()) {
                notify("A draft for this deal on " + channelLabel(chosen) + " is already in progress: showing it");
            }
            refresh();
            return null;
        });
    }

    void improve() {
        String text = instructions.getValue().strip();
        if (text.isEmpty()) {
            instructions.setInvalid(true);
            instructions.setErrorMessage("Say what to change");
            return;
        }
        instructions.setInvalid(false);
        decide(() -> drafts.improve(actor, requireWorkflow(), text));
        instructions.clear();
    }

    void openEdit() {
        DraftState state = shown;
        if (state == null || state.proposal() == null) {
            return;
        }
        editSubject.setVisible(state.proposal().channel() == Channel.EMAIL);
        editSubject.setValue(Objects.requireNonNullElse(state.proposal().subject(), ""));
        editBody.setValue(state.proposal().body());
        editArea.setVisible(true);
    }

    void saveEdit() {
        DraftState state = shown;
        if (state == null || state.proposal() == null) {
            return;
        }
        String newSubject = state.proposal().channel() == Channel.EMAIL ? editSubject.getValue() : null;
        if (decide(() -> drafts.edit(actor, requireWorkflow(), newSubject, editBody.getValue()))) {
            editArea.setVisible(false);
        }
    }

    void approve() {
        DraftState state = shown;
        if (state == null || state.textHash() == null) {
            return;
        }
        // The hash of exactly the text on screen: if the draft changed since, the workflow refuses it as stale.
        String seen = state.textHash();
        decide(() -> drafts.approve(actor, requireWorkflow(), seen));
    }

    void reject() {
        String reason = rejectReason.getValue().strip();
        if (reason.isEmpty()) {
            rejectReason.setInvalid(true);
            rejectReason.setErrorMessage("Give a reason");
            return;
        }
        rejectReason.setInvalid(false);
        if (decide(() -> drafts.reject(actor, requireWorkflow(), reason))) {
            rejectReason.clear();
        }
    }

    void useTemplate() {
        WhatsAppTemplate chosen = templateSelect.getValue();
        if (chosen == null) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        variableFields.forEach((key, field) -> values.put(key, field.getValue().strip()));
        if (decide(() -> drafts.useTemplate(actor, requireWorkflow(), chosen.id(), values))) {
            notify("Template \u201c" + chosen.name() + "\u201d is now the message; review it and Approve & Send");
        }
    }

    private boolean decide(Supplier<DraftState> decision) {
        DraftState after = run(decision);
        if (after == null) {
            refresh();
            return false;
        }
        render(new Snapshot(workflowId, after));
        return true;
    }

    private <T> @Nullable T run(Supplier<T> action) {
        try {
            error.setText("");
            return action.get();
        } catch (DraftException e) {
            error.setText(e.getMessage());
            var n = Notification.show(e.getMessage(), 6000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(
                    e.kind() == DraftException.Kind.STALE ? NotificationVariant.WARNING : NotificationVariant.ERROR);
            return null;
        }
    }

    private String requireWorkflow() {
        String id = workflowId;
        if (id == null) {
            throw new DraftException(DraftException.Kind.NOT_FOUND, "No draft yet: use \"Draft message\"");
        }
        return id;
    }

    // ---- loading and rendering ----

    /** Finds the draft to show (if none yet) and reads its state; safe off the UI thread. */
    @Override
    public Snapshot load() {
        String id = workflowId;
        if (id == null) {
            id = discover();
            if (id == null) {
                return new Snapshot(null, null);
            }
        }
        return new Snapshot(id, drafts.findState(actor.brandId(), id).orElse(null));
    }

    private @Nullable String discover() {
        if (dealId != null) {
            for (String candidate : drafts.dealWorkflowIds(actor.brandId(), dealId)) {
                Optional<DraftState> state = drafts.findState(actor.brandId(), candidate);
                if (state.isPresent()) {
                    return candidate;
                }
            }
            return null;
        }
        if (contactId == null) {
            return null;
        }
        return drafts.pendingForContact(actor.brandId(), contactId).stream()
                .map(PendingDraftRow::workflowId)
                .findFirst()
                .orElse(null);
    }

    @Override
    public boolean wantsUpdates() {
        DraftState state = shown;
        return state == null || !state.status().isFinal() || workflowId == null;
    }

    @Override
    public boolean changed(Snapshot snapshot) {
        return !snapshot.signature().equals(shownSignature);
    }

    @Override
    public void render(Snapshot snapshot) {
        if (snapshot.workflowId() != null && workflowId == null) {
            workflowId = snapshot.workflowId();
        }
        shownSignature = snapshot.signature();
        DraftState state = snapshot.state();
        DraftState before = shown;
        shown = state;
        if (state != null
                && before != null
                && before.draftId().equals(state.draftId())
                && !before.status().isFinal()
                && (state.status() == DraftStatus.SENT || state.status() == DraftStatus.SANDBOXED)) {
            delivered.run();
            deliveredListeners.forEach(Runnable::run);
        }
        if (state == null) {
            draftArea.setVisible(snapshot.workflowId() != null);
            if (snapshot.workflowId() != null) {
                status.setText("Starting…");
                progress.setVisible(true);
            }
            return;
        }
        draftArea.setVisible(true);
        DraftStatus s = state.status();
        status.setText(statusLabel(s));
        status.getElement().getThemeList().removeAll(List.of("success", "error", "contrast"));
        status.getElement()
                .getThemeList()
                .add(
                        switch (s) {
                            case SENT, SANDBOXED -> "success";
                            case FAILED, REJECTED, EXPIRED -> "error";
                            default -> "contrast";
                        });
        progress.setVisible(!s.isFinal() && s != DraftStatus.AWAITING_APPROVAL);
        renderSteps(state);
        DraftProposal p = state.proposal();
        if (p != null) {
            meta.setText(channelLabel(p.channel()) + " · version " + state.version() + " · " + providerLabel(p));
            subject.setText(p.subject() == null ? "" : p.subject());
            subject.setVisible(p.subject() != null);
            body.setText(p.body());
        } else {
            meta.setText("");
            subject.setText("");
            body.setText("Drafting…");
        }
        renderWhatsapp(p);
        renderAudit(state.audit());
        sources.removeAll();
        for (SourceSection source : state.sources()) {
            var item = new ListItem(source.citation());
            item.setTitle(source.excerpt());
            sources.add(item);
        }
        if (state.sources().isEmpty()) {
            sources.add(new ListItem("—"));
        }
        boolean awaiting = s == DraftStatus.AWAITING_APPROVAL;
        actions.setVisible(awaiting && actor.mayPropose());
        edit.setEnabled(p != null && p.templateSid() == null);
        boolean windowClosed = p != null && p.channel() == Channel.WHATSAPP && !whatsappWindowOpen();
        approve.setEnabled(p != null && approvable(p, windowClosed));
        renderTemplatePicker(state, awaiting && windowClosed);
        if (!awaiting) {
            editArea.setVisible(false);
        }
        delivery.setText(deliveryLabel(s, state.sendResult()));
        delivery.setVisible(s.isFinal());
        error.setText(state.error() == null ? "" : state.error());
        drafts.temporalLink(Objects.requireNonNull(workflowId))
                .ifPresentOrElse(
                        url -> {
                            temporalLink.setHref(url);
                            temporalLink.setVisible(true);
                        },
                        () -> temporalLink.setVisible(false));
    }

    private void renderSteps(DraftState state) {
        steps.removeAll();
        for (StepRecord step : state.steps()) {
            String mark =
                    switch (step.status()) {
                        case DONE -> " ✓";
                        case RUNNING -> "…";
                        case FAILED -> " ✗";
                    };
            String prefix = step.version() > 1 ? "v" + step.version() + " · " : "";
            var item = new ListItem(prefix + stepLabel(step.step()) + mark);
            if (step.detail() != null) {
                item.setTitle(step.detail());
            }
            if (step.status() == StepStatus.FAILED) {
                item.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            steps.add(item);
        }
    }

    private void renderAudit(@Nullable GuardianAudit verdict) {
        audit.removeAll();
        if (verdict == null) {
            audit.add(new Span("—"));
            return;
        }
        var score = new Span("Score " + verdict.score() + "/100 · "
                + (verdict.aligned() ? "aligned with" : "not aligned with") + " Maison DNA v" + verdict.dnaVersion());
        score.getElement().getThemeList().add("badge " + (verdict.aligned() ? "success" : "error"));
        audit.add(score);
        if (!verdict.issues().isEmpty()) {
            var issues = new UnorderedList();
            verdict.issues().forEach(i -> issues.add(new ListItem(i)));
            issues.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
            audit.add(issues);
        } else {
            audit.add(new Paragraph("No issues found."));
        }
    }

    private void renderWhatsapp(@Nullable DraftProposal p) {
        whatsappNote.removeAll();
        whatsappNote.setVisible(false);
        if (p == null || p.channel() != Channel.WHATSAPP) {
            return;
        }
        if (p.templateSid() != null) {
            whatsappNote.setVisible(true);
            whatsappNote.add(new Paragraph("Sent as an approved WhatsApp template (" + p.templateSid()
                    + ") with variables " + p.templateVariables() + "; its text cannot be edited by hand."));
        }
        if (whatsappWindowOpen()) {
            return;
        }
        whatsappNote.setVisible(true);
        var notice = new Paragraph(
                p.templateSid() != null && approvable(p, true)
                        ? "Outside the 24-hour WhatsApp window: only an approved template may be sent."
                        : "Outside the 24-hour WhatsApp window: free text cannot be sent. Choose one of the brand's approved"
                                + " templates and fill in its variables; Approve & Send is enabled once one is chosen.");
        notice.addClassName("fos-draft-window-closed");
        whatsappNote.add(notice);
    }

    /** The picker of the brand's templates, filled once per version so that a push does not wipe what is typed. */
    private void renderTemplatePicker(DraftState state, boolean needed) {
        boolean show = needed && actor.mayPropose();
        templatePicker.setVisible(show);
        if (!show || pickerVersion == state.version()) {
            return;
        }
        pickerVersion = state.version();
        DraftProposal p = Objects.requireNonNull(state.proposal());
        List<WhatsAppTemplate> templates = drafts.whatsappTemplates(actor.brandId());
        templateSelect.setItems(templates);
        WhatsAppTemplate current = templates.stream()
                .filter(t -> t.contentSid().equals(p.templateSid()))
                .findFirst()
                .orElse(null);
        templateSelect.setValue(current);
        showTemplateFields(current);
        if (templates.isEmpty()) {
            templatePreview.setText("The brand has no WhatsApp template yet: add an approved one under Playbooks.");
        }
    }

    private void showTemplateFields(@Nullable WhatsAppTemplate template) {
        templateFields.removeAll();
        variableFields.clear();
        if (template == null) {
            templatePreview.setText("");
            useTemplate.setEnabled(false);
            return;
        }
        var rules = rules(template);
        DraftProposal p = shown == null ? null : shown.proposal();
        boolean inUse = p != null && template.contentSid().equals(p.templateSid());
        Map<String, String> defaults = drafts.templateDefaults(actor.brandId(), template, contactId, dealId);
        for (String key : rules.requiredKeys()) {
            var field = new TextField(rules.variableName(key).replace('_', ' '));
            String known = inUse ? p.templateVariables().get(key) : null;
            field.setValue(
                    !com.fashionos.workflows.draft.WhatsAppTemplate.unfilled(known)
                            ? Objects.requireNonNull(known)
                            : defaults.getOrDefault(key, ""));
            field.setRequired(true);
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            field.addValueChangeListener(e -> showPreview());
            field.addClassName("fos-draft-template-variable");
            variableFields.put(key, field);
            templateFields.add(field);
        }
        showPreview();
    }

    private void showPreview() {
        WhatsAppTemplate template = templateSelect.getValue();
        if (template == null) {
            templatePreview.setText("");
            useTemplate.setEnabled(false);
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        boolean complete = true;
        for (var e : variableFields.entrySet()) {
            String value = e.getValue().getValue().strip();
            boolean missing = com.fashionos.workflows.draft.WhatsAppTemplate.unfilled(value);
            e.getValue().setInvalid(missing);
            e.getValue().setErrorMessage(missing ? "Fill this in" : null);
            complete &= !missing;
            values.put(e.getKey(), missing ? "{{" + e.getKey() + "}}" : value);
        }
        templatePreview.setText(template.render(values));
        useTemplate.setEnabled(complete && template.approved());
    }

    private boolean whatsappWindowOpen() {
        return contactId != null && drafts.whatsappWindowOpen(actor.brandId(), contactId);
    }

    /**
     * Whether Approve &amp; Send may be clicked: a template needs every variable filled; outside the window free text
     * cannot be sent at all.
     */
    static boolean approvable(DraftProposal p, boolean windowClosed) {
        if (p.templateSid() != null) {
            return p.templateVariables().values().stream()
                    .noneMatch(com.fashionos.workflows.draft.WhatsAppTemplate::unfilled);
        }
        return p.channel() != Channel.WHATSAPP || !windowClosed;
    }

    static String templateLabel(WhatsAppTemplate t) {
        return t.name() + " (" + t.language() + ")"
                + (t.approved() ? "" : " — " + t.status().toLowerCase(Locale.ROOT) + ", cannot be sent");
    }

    private static com.fashionos.workflows.draft.WhatsAppTemplate rules(WhatsAppTemplate t) {
        return new com.fashionos.workflows.draft.WhatsAppTemplate(
                t.name(), t.contentSid(), t.language(), t.body(), t.variables(), t.id(), t.status());
    }

    private void showChannelHints() {
        if (shown != null && shown.proposal() != null) {
            return;
        }
        whatsappNote.removeAll();
        boolean closed = channel.getValue() == Channel.WHATSAPP
                && contactId != null
                && !drafts.whatsappWindowOpen(actor.brandId(), contactId);
        if (closed) {
            whatsappNote.add(new Paragraph("Outside the 24-hour WhatsApp window: the draft will use one of the brand's"
                    + " approved templates (ContentSid + variables) instead of free text."));
            whatsappNote.add(templatesList());
        }
        whatsappNote.setVisible(closed);
        composer.setWhatsappWindowOpen(!closed);
        composer.setChannel(Objects.requireNonNullElse(channel.getValue(), Channel.EMAIL));
    }

    private Div templatesList() {
        var list = new UnorderedList();
        List<WhatsAppTemplate> templates = drafts.whatsappTemplates(actor.brandId()).stream()
                .filter(WhatsAppTemplate::approved)
                .toList();
        for (WhatsAppTemplate t : templates) {
            list.add(new ListItem(t.name() + " · " + t.contentSid() + " · " + t.language() + " — " + t.body()));
        }
        if (templates.isEmpty()) {
            list.add(new ListItem("The brand has no approved WhatsApp template yet."));
        }
        list.getStyle().set("font-size", "var(--lumo-font-size-s)");
        var box = new Div(new Span("Approved templates:"), list);
        box.addClassName("fos-draft-templates");
        return box;
    }

    // ---- lifecycle ----

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        watcher.watch(this, attachEvent.getUI());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        watcher.unwatch(this);
        super.onDetach(detachEvent);
    }

    // ---- labels ----

    static String statusLabel(DraftStatus status) {
        return switch (status) {
            case GATHERING -> "Gathering context…";
            case RETRIEVING -> "Retrieving playbooks…";
            case COMPOSING -> "Drafting…";
            case AUDITING -> "Guardian audit…";
            case AWAITING_APPROVAL -> "Awaiting approval";
            case SENDING -> "Sending…";
            case SENT -> "Sent";
            case SANDBOXED -> "Not sent — sandbox";
            case REJECTED -> "Rejected";
            case EXPIRED -> "Expired";
            case FAILED -> "Failed";
        };
    }

    static String stepLabel(String step) {
        return switch (step) {
            case "gather-context" -> "Gathering context";
            case "retrieve" -> "Retrieving playbooks";
            case "compose" -> "Drafting";
            case "audit" -> "Guardian audit";
            case "record" -> "Saving version";
            case "resume" -> "Restored after restart";
            case "approval-check" -> "Approval check";
            case "send" -> "Sending";
            case "record-sent" -> "Timeline updated";
            case "reject" -> "Rejected";
            case "expire" -> "Expired";
            case "record-failure" -> "Failure recorded";
            default -> step;
        };
    }

    static String providerLabel(DraftProposal p) {
        return switch (p.provider().toLowerCase(Locale.ROOT)) {
            case "local" -> "local model";
            case "gemini" -> "Gemini · " + p.model();
            case DraftProposal.HUMAN_PROVIDER ->
                DraftProposal.TEMPLATE_MODEL.equals(p.model()) ? "template chosen by hand" : "edited by hand";
            default -> p.provider();
        };
    }

    static String deliveryLabel(DraftStatus status, @Nullable SendResult result) {
        return switch (status) {
            case SENT ->
                "Sent"
                        + (result != null && result.providerMessageId() != null
                                ? " · provider id " + result.providerMessageId()
                                : "");
            case SANDBOXED -> "Not sent — sandbox: stored in the outbox, no channel keys are configured";
            case FAILED ->
                result != null && result.error() != null
                        ? "Not sent — failed: " + result.error()
                        : "Not sent — the draft failed";
            case REJECTED -> "Not sent — rejected";
            case EXPIRED -> "Not sent — expired without a decision";
            default -> "";
        };
    }

    static String channelLabel(Channel channel) {
        return channel == Channel.EMAIL ? "Email" : "WhatsApp";
    }

    private static H4 heading(String text) {
        var h = new H4(text);
        h.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        return h;
    }

    private static Div row(com.vaadin.flow.component.Component... children) {
        var row = new Div(children);
        row.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center")
                .set("flex-wrap", "wrap");
        return row;
    }

    private static void notify(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER);
    }

    static String templateVariables(Map<String, String> variables) {
        return variables.toString();
    }
}
