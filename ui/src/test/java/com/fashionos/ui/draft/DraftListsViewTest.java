package com.fashionos.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.airun.AgentNode;
import com.fashionos.crm.airun.AiRunService;
import com.fashionos.crm.airun.NewAiRun;
import com.fashionos.crm.airun.Proposal;
import com.fashionos.crm.contact.ContactForm;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.conversation.Channel;
import com.fashionos.crm.conversation.ConversationService;
import com.fashionos.crm.conversation.HumanReply;
import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.conversation.NewDraft;
import com.fashionos.crm.conversation.PendingDraftRow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * /crm/drafts and /crm/outbox load lazily: the grids page and sort in SQL through the crm services with a count, so
 * rows beyond the first page are reachable and a sort by column reorders all of them, not just what was loaded.
 */
@DraftAppTest
class DraftListsViewTest extends SpringBrowserlessTest {

    /** More than the grid's page (50) and than the old fixed list (200 would be slow to seed; 50 is the page). */
    static final int ROWS = 75;

    @Autowired
    DraftFixtures fixtures;

    @Autowired
    ConversationService conversations;

    @Autowired
    AiRunService aiRuns;

    @Autowired
    ContactService contacts;

    @Autowired
    DraftService drafts;

    private static boolean seeded;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        UUID owner = fixtures.user(DraftFixtures.OWNER).id();
        fixtures.asMaison(() -> {
            for (int i = 0; i < ROWS; i++) {
                String name = String.format("Lazy %03d", i);
                UUID contact = contacts.create(ContactForm.named(name).withEmail("lazy" + i + "@list.example"), "FR")
                        .id();
                UUID run = UUID.randomUUID();
                aiRuns.start(new NewAiRun(
                        run, AgentNode.CONTENT, "NeuralDraftWorkflow", "draft-lazy-" + run, contact, null, null, "{}"));
                aiRuns.recordProposal(run, new Proposal("{}", "[]", "local", "local-template-v1", 0, 0));
                conversations.createDraftMessage(new NewDraft(
                        contact,
                        Channel.EMAIL,
                        "lazy" + i + "@list.example",
                        null,
                        "Pitch " + name,
                        "Draft to " + name,
                        run,
                        null,
                        Map.of()));
                conversations.recordHumanReply(new HumanReply(
                        contact, Channel.EMAIL, "lazy" + i + "@list.example", null, "Re " + name, "Reply " + i, owner));
            }
            return null;
        });
        seeded = true;
    }

    @BeforeEach
    void signIn() {
        fixtures.signIn(DraftFixtures.OWNER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_drafts_grid_pages_in_sql_and_reaches_every_row() {
        DraftsView view = navigate(DraftsView.class);

        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        long total = drafts.countPendingDrafts(fixtures.maison());
        assertThat(total).isGreaterThanOrEqualTo(ROWS);
        var grid = test(view.grid);
        assertThat((long) grid.size()).isEqualTo(total);
        List<PendingDraftRow> all =
                IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        assertThat(all).extracting(PendingDraftRow::aiRunId).doesNotHaveDuplicates();
        assertThat(all).filteredOn(p -> p.contactName().startsWith("Lazy ")).hasSize(ROWS);
        assertThat(all)
                .extracting(PendingDraftRow::createdAt)
                .as("newest first by default")
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void sorting_the_drafts_by_recipient_orders_all_rows_in_sql() {
        DraftsView view = navigate(DraftsView.class);

        sort(view.grid, "contact", SortDirection.DESCENDING);

        var grid = test(view.grid);
        List<String> names = IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).contactName())
                .toList();
        assertThat(names).isSortedAccordingTo(Comparator.comparing(String::toLowerCase, Comparator.reverseOrder()));
        assertThat(drafts.pendingDraftPage(
                                fixtures.maison(),
                                com.fashionos.crm.common.Page.of(
                                        0, 1, com.fashionos.crm.common.SortOrder.desc("contact")))
                        .getFirst()
                        .contactName())
                .isEqualTo(names.getFirst());
    }

    @Test
    void the_outbox_grid_pages_in_sql_and_sorts_by_recipient() {
        OutboxView view = navigate(OutboxView.class);

        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        long total = drafts.countOutbox(fixtures.maison());
        assertThat(total).isGreaterThanOrEqualTo(ROWS);
        var grid = test(view.grid);
        assertThat((long) grid.size()).isEqualTo(total);
        assertThat(IntStream.range(0, grid.size()).mapToObj(grid::getRow).map(Message::body))
                .filteredOn(b -> b.startsWith("Reply "))
                .hasSize(ROWS);

        sort(view.grid, "to", SortDirection.ASCENDING);

        List<String> to = IntStream.range(0, grid.size())
                .mapToObj(i -> String.valueOf(grid.getRow(i).toAddress()).toLowerCase())
                .toList();
        assertThat(to).isSorted();
    }

    private static <T> void sort(Grid<T> grid, String key, SortDirection direction) {
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(key), direction)));
    }
}
