package com.fashionos.ui.playbook;

import com.fashionos.crm.playbook.NewPlaybook;
import com.fashionos.crm.playbook.Playbook;
import com.fashionos.crm.playbook.PlaybookService;
import com.fashionos.crm.playbook.StoredChunk;
import com.fashionos.ui.activity.Toasts;
import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.ListToolbar;
import com.fashionos.ui.security.CurrentUser;
import com.fashionos.ui.security.FashionUser;
import com.fashionos.ui.security.TenantAccess;
import com.fashionos.workflows.playbook.PlaybookIndexResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The brand's playbooks — the Maison DNA and the SOPs the Content agent follows — with how many sections the
 * Retriever holds for each. MANAGER+ create, edit and upload Markdown; saving re-indexes the playbook through {@code
 * PlaybookIndexWorkflow} while the page shows "Indexing sections…", then a toast with the section count and the
 * headings of the sections. Everyone else reads.
 */
@Route("crm/playbooks")
@PageTitle("Playbooks · FashionOS CRM")
@Menu(title = "Playbooks", order = 8, icon = "vaadin:book")
@PermitAll
class PlaybooksView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    /** How long the page waits for a re-index run before saying it is still running. */
    private static final long WAIT_SECONDS = 120;

    final Grid<Playbook> grid = new Grid<>();
    final Button create = new Button("New playbook", VaadinIcon.PLUS.create());
    final Button uploadNew = new Button("Upload .md", VaadinIcon.UPLOAD.create());
    final Div indexing = new Div();
    final Span indexingText = new Span("Indexing sections…");
    final Div preview = new Div();
    final EmptyState empty;

    @Nullable
    PlaybookEditor editor;

    private final PlaybookService playbooks;
    private final PlaybookIndexing indexer;
    private final CurrentUser currentUser;
    private final boolean canEdit;
    private final Map<UUID, Integer> sectionCounts = new HashMap<>();

    PlaybooksView(PlaybookService playbooks, PlaybookIndexing indexer, CurrentUser currentUser) {
        this.playbooks = playbooks;
        this.indexer = indexer;
        this.currentUser = currentUser;
        this.canEdit = currentUser.hasRole("MANAGER");
        addClassName("fos-playbooks-view");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        setHeightFull();

        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(canEdit);
        create.addClickListener(e -> openEditor(null, false));
        uploadNew.setVisible(canEdit);
        uploadNew.addClickListener(e -> openEditor(null, true));
        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setWidth("8rem");
        indexing.add(progress, indexingText);
        indexing.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
        indexing.setVisible(false);
        var toolbar = new ListToolbar(List.of(indexing), uploadNew, create);

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> PlaybookEditor.kindLabel(p.kind()))
                .setHeader("Kind")
                .setKey("kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Playbook::title).setHeader("Title").setKey("title").setFlexGrow(3);
        grid.addColumn(Playbook::docVersion)
                .setHeader("Version")
                .setKey("version")
                .setAutoWidth(true);
        grid.addColumn(p -> p.active() ? "Active" : "Off")
                .setHeader("Status")
                .setKey("active")
                .setAutoWidth(true);
        grid.addColumn(this::indexLabel)
                .setHeader("Sections indexed")
                .setKey("indexed")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader("")
                .setKey("actions")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addItemClickListener(e -> showSections(e.getItem()));
        grid.getStyle().set("flex", "1 1 auto");

        var first = new Button("Upload the first playbook", VaadinIcon.UPLOAD.create(), e -> openEditor(null, true));
        first.addThemeVariants(ButtonVariant.PRIMARY);
        first.setVisible(canEdit);
        empty = new EmptyState(
                VaadinIcon.BOOK,
                "No playbooks yet",
                canEdit
                        ? "Upload the Maison DNA and your outreach SOPs: drafts follow them and cite their sections."
                        : "A manager uploads the Maison DNA and the outreach SOPs; drafts follow and cite them.",
                first);

        preview.addClassName("fos-playbook-sections");
        preview.setVisible(false);
        add(toolbar, grid, empty, preview);
        refresh();
    }

    /** Reloads the list and the section counts. */
    void refresh() {
        List<Playbook> all = playbooks.list();
        sectionCounts.clear();
        for (Playbook p : all) {
            sectionCounts.put(p.id(), playbooks.chunks(p.id()).size());
        }
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private String indexLabel(Playbook p) {
        if (p.indexedAt() == null) {
            return "Not indexed";
        }
        return sectionCounts.getOrDefault(p.id(), 0) + " · "
                + WHEN.format(p.indexedAt().atZone(ZoneId.systemDefault()));
    }

    private Div actions(Playbook p) {
        var row = new Div();
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.XSMALL);
        if (canEdit) {
            var edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> openEditor(p, false));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel("Edit " + p.title());
            var reindex = new Button("Re-index", VaadinIcon.REFRESH.create(), e -> reindex(p));
            reindex.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            reindex.setAriaLabel("Re-index " + p.title());
            row.add(edit, reindex);
        }
        return row;
    }

    /** Opens the editor for {@code playbook} (a new one when null). */
    PlaybookEditor openEditor(@Nullable Playbook playbook, boolean focusUpload) {
        PlaybookEditor dialog = new PlaybookEditor(playbook, values -> save(playbook, values));
        editor = dialog;
        dialog.open();
        if (!focusUpload) {
            dialog.title.focus();
        }
        return dialog;
    }

    private void save(@Nullable Playbook existing, PlaybookEditor.Values values) {
        Playbook saved;
        try {
            if (existing == null) {
                UUID userId = currentUser.get().map(FashionUser::userId).orElse(null);
                saved = playbooks.create(new NewPlaybook(
                        values.kind(), values.title(), values.docVersion(), values.contentMd(), "{}", userId));
            } else {
                saved = playbooks.update(
                        existing.id(), values.title(), values.docVersion(), values.contentMd(), existing.rulesJson());
            }
        } catch (RuntimeException e) {
            Toasts.error("Could not save \"" + values.title() + "\": " + e.getMessage());
            return;
        }
        // The save committed and PlaybookIndexing started the re-index run: wait for it here.
        refresh();
        awaitIndexing(saved);
    }

    private void reindex(Playbook p) {
        try {
            indexer.start(p.brandId(), p.id());
        } catch (RuntimeException e) {
            Toasts.error("Could not start re-indexing: " + e.getMessage());
            return;
        }
        awaitIndexing(p);
    }

    private void awaitIndexing(Playbook p) {
        indexingText.setText("Indexing sections of \"" + p.title() + "\"…");
        indexing.setVisible(true);
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        // The result arrives on a Temporal client thread: bind the brand known now when it is shown.
        UUID userId = currentUser.require().userId();
        indexer.result(p.brandId(), p.id())
                .orTimeout(WAIT_SECONDS, TimeUnit.SECONDS)
                .whenComplete((result, error) ->
                        TenantAccess.access(ui, p.brandId(), userId, () -> indexed(p, result, error)));
    }

    /** Called in the UI when the re-index run of {@code p} ended (or the wait gave up). */
    void indexed(Playbook p, @Nullable PlaybookIndexResult result, @Nullable Throwable error) {
        indexing.setVisible(false);
        if (result != null) {
            Toasts.success("Indexed " + result.sections() + (result.sections() == 1 ? " section" : " sections")
                    + " of \"" + p.title() + "\"");
            refresh();
            playbooks.find(p.id()).ifPresent(this::showSections);
        } else {
            Toasts.error("Indexing \"" + p.title() + "\" did not finish: "
                    + (error == null ? "no result" : rootMessage(error))
                    + ". It keeps its previous sections; try Re-index.");
            refresh();
        }
    }

    /** Shows the headings of the sections the Retriever holds for {@code p}. */
    void showSections(Playbook p) {
        List<StoredChunk> chunks = playbooks.chunks(p.id());
        preview.removeAll();
        var heading = new H3("Sections of " + p.title() + " (" + chunks.size() + ")");
        heading.addClassNames(LumoUtility.FontSize.MEDIUM);
        var list = new UnorderedList();
        chunks.forEach(c -> list.add(new ListItem(c.heading())));
        preview.add(heading, chunks.isEmpty() ? new Span("Not indexed yet.") : list);
        preview.setVisible(true);
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
