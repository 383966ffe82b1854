package com.fashionos.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactRow;
import com.fashionos.crm.contact.SentimentBand;
import com.fashionos.crm.contact.TagMatch;
import com.fashionos.crm.segment.Segment;
import com.fashionos.crm.segment.SegmentService;
import com.fashionos.crm.testsupport.TestDatabase;
import com.fashionos.ui.activity.SeededViewTest;
import com.fashionos.ui.segment.SegmentList;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The contact list against the demo Maison Aurelle (60 contacts): every expectation is computed independently with
 * plain SQL as the database admin (which row-level security does not filter), restricted to the Maison's rows.
 */
class ContactsListTest extends SeededViewTest {

    @Autowired
    Environment environment;

    @Autowired
    SegmentService segments;

    // ---- filters ----

    @Test
    void each_filter_narrows_the_grid_and_the_count_as_sql_does() {
        ContactsView view = navigate(ContactsView.class);
        test(view.filters.toggle).click();
        assertShows(view, "TRUE");
        assertThat(view.countLabel.getText()).isEqualTo(countOf("TRUE") + " contacts");

        test(view.filters.sentiment).selectItem("Warm");
        assertShows(view, "c.sentiment_score > 0.20");
        view.filters.clear();

        test(view.filters.activity).selectItem("Inactive 30+ days");
        assertShows(view, "(c.last_activity_at IS NULL OR c.last_activity_at < now() - interval '30 days')");
        test(view.filters.activity).selectItem("Active in last 7 days");
        assertShows(view, "c.last_activity_at >= now() - interval '7 days'");
        view.filters.clear();

        test(view.filters.minValue).setValue(new BigDecimal("50000"));
        assertShows(view, "c.open_deal_value >= 50000");
        view.filters.clear();

        test(view.filters.accountType).selectItem("Buyer");
        assertShows(view, "EXISTS (SELECT 1 FROM accounts a WHERE a.id = c.account_id AND a.type = 'BUYER')");
        view.filters.clear();

        test(view.filters.tags).selectItem("milan", "paris");
        assertShows(view, "c.tags @> ARRAY['milan','paris']");
        test(view.filters.tagMatch).selectItem("Any tag");
        assertShows(view, "c.tags && ARRAY['milan','paris']");
        view.filters.clear();

        test(view.filters.role).setValue("editor");
        assertShows(view, "c.role ILIKE '%editor%'");
        view.filters.clear();

        test(view.filters.owner).selectItem("Luca Bernardi");
        assertShows(view, "c.owner_id = (SELECT id FROM app_users WHERE email = 'manager@fashionos.demo')");
        assertThat(view.filters.chips.getElement().getTextRecursively()).contains("Owner: Luca Bernardi");
    }

    @Test
    void filters_combine_and_clear_filters_restores_the_whole_list() {
        ContactsView view = navigate(ContactsView.class);
        test(view.filters.toggle).click();

        test(view.filters.accountType).selectItem("Buyer");
        test(view.filters.tags).selectItem("vip");
        assertShows(
                view,
                "c.tags @> ARRAY['vip'] AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = c.account_id"
                        + " AND a.type = 'BUYER')");
        assertThat(view.filters.toggle.getText()).isEqualTo("Filters (2)");

        test(view.filters.clear).click();

        assertShows(view, "TRUE");
        assertThat(view.filters.chips.isVisible()).isFalse();
        assertThat(view.filters.toggle.getText()).isEqualTo("Filters");
    }

    @Test
    void no_match_shows_an_empty_state_whose_call_to_action_clears_the_filters() {
        ContactsView view = navigate(ContactsView.class);
        test(view.filters.toggle).click();

        test(view.filters.role).setValue("zzz-no-such-role");

        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.countLabel.getText()).isEqualTo("0 contacts");

        test(find(com.vaadin.flow.component.button.Button.class, view.empty)
                        .withText("Clear filters")
                        .single())
                .click();

        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.filters.role.getValue()).isEmpty();
        assertShows(view, "TRUE");
    }

    @Test
    void filters_in_the_url_open_the_list_filtered() {
        UI.getCurrent()
                .navigate(
                        "crm/contacts",
                        QueryParameters.simple(Map.of("type", "buyer", "sentiment", "positive", "q", "a")));
        ContactsView view = (ContactsView) getCurrentView();

        assertThat(view.filters.accountType.getValue()).isEqualTo(AccountType.BUYER);
        assertThat(view.filters.sentiment.getValue()).isEqualTo(SentimentBand.POSITIVE);
        assertThat(view.filterField.getValue()).isEqualTo("a");
        assertShows(
                view,
                "c.sentiment_score > 0.20 AND (c.name ILIKE '%a%' OR c.email ILIKE '%a%' OR c.role ILIKE '%a%')"
                        + " AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = c.account_id AND a.type = 'BUYER')");
    }

    // ---- segments ----

    @Test
    void a_segment_from_the_sidebar_opens_the_list_filtered_by_it() {
        navigate("crm", com.vaadin.flow.component.Component.class);
        Segment vip = asMaison(() -> segments.list()).stream()
                .filter(s -> s.name().equals("VIP Buyers"))
                .findFirst()
                .orElseThrow();
        Anchor link = find(Anchor.class, $(SegmentList.class).single()).all().stream()
                .filter(a -> a.getElement().getTextRecursively().contains("VIP Buyers"))
                .findFirst()
                .orElseThrow();

        test(link).navigate();

        ContactsView view = (ContactsView) getCurrentView();
        assertThat(view.segmentChip.isVisible()).isTrue();
        assertThat(view.segmentChip.getElement().getTextRecursively()).contains("Segment: VIP Buyers");
        assertThat(view.filters.accountType.getValue()).isEqualTo(AccountType.BUYER);
        assertShows(
                view,
                "c.tags @> ARRAY['vip'] AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = c.account_id"
                        + " AND a.type = 'BUYER')");
        assertThat(view.filter().includeMembersOf()).isEqualTo(vip.id());

        // changing a filter leaves the segment: the list now shows the edited filter, not the saved segment
        test(view.filters.sentiment).selectItem("Warm");
        assertThat(view.segmentChip.isVisible()).isFalse();
        assertThat(view.filter().includeMembersOf()).isNull();
    }

    @Test
    void the_current_filter_saved_as_a_segment_appears_in_the_sidebar_with_its_count() {
        ContactsView view = navigate(ContactsView.class);
        test(view.filters.toggle).click();
        test(view.filters.accountType).selectItem("Media");
        test(view.filters.sentiment).selectItem("Warm");
        long expected = countOf("c.sentiment_score > 0.20 AND EXISTS (SELECT 1 FROM accounts a"
                + " WHERE a.id = c.account_id AND a.type = 'MEDIA')");
        assertThat(expected).isPositive();

        test(view.saveSegment).click();
        SaveSegmentDialog dialog = $(SaveSegmentDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the segment a name");
        test(dialog.name).setValue("VIP Buyers");
        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("A segment named \"VIP Buyers\" already exists");

        test(dialog.name).setValue("Warm press");
        test(dialog.save).click();

        try {
            assertThat(dialog.isOpened()).isFalse();
            Segment saved = asMaison(() -> segments.list()).stream()
                    .filter(s -> s.name().equals("Warm press"))
                    .findFirst()
                    .orElseThrow();
            assertThat(saved.filter().accountType()).isEqualTo(AccountType.MEDIA);
            assertThat(saved.filter().sentiment()).isEqualTo(SentimentBand.POSITIVE);
            SegmentList sidebar = $(SegmentList.class).single();
            assertThat(sidebar.countText(saved.id())).isEqualTo(Long.toString(expected));
            assertThat(notifications()).anyMatch(n -> n.contains("Saved segment “Warm press”"));
            ContactsView opened = (ContactsView) getCurrentView();
            assertThat(opened.segmentChip.getElement().getTextRecursively()).contains("Segment: Warm press");
        } finally {
            asMaison(() -> {
                segments.list().stream()
                        .filter(s -> s.name().equals("Warm press"))
                        .forEach(s -> segments.delete(s.id()));
                return null;
            });
        }
    }

    // ---- columns ----

    @Test
    void the_column_chooser_hides_a_column_for_the_rest_of_the_session() {
        ContactsView view = navigate(ContactsView.class);
        assertThat(view.grid.getColumnByKey("email").isVisible()).isTrue();
        assertThat(view.grid.getColumnByKey("owner").isVisible()).isFalse();

        new MenuBarTester<>(view.columns).clickItem(ColumnChooser.ROOT, "Email");
        new MenuBarTester<>(view.columns).clickItem(ColumnChooser.ROOT, "Owner");

        assertThat(view.grid.getColumnByKey("email").isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("owner").isVisible()).isTrue();
        assertThat(new MenuBarTester<>(view.columns).isItemChecked(ColumnChooser.ROOT, "Email"))
                .isFalse();

        navigate("crm", com.vaadin.flow.component.Component.class);
        ContactsView again = navigate(ContactsView.class);
        assertThat(again).isNotSameAs(view);
        assertThat(again.grid.getColumnByKey("email").isVisible()).isFalse();
        assertThat(again.grid.getColumnByKey("owner").isVisible()).isTrue();
        assertThat(again.grid.getColumnByKey("name").isVisible()).isTrue();
    }

    // ---- bulk actions ----

    @Test
    void bulk_tagging_writes_the_tag_to_exactly_the_selected_contacts() {
        ContactsView view = navigate(ContactsView.class);
        assertThat(view.bulk.isVisible()).isFalse();
        var grid = test(view.grid);
        grid.select(0);
        grid.select(2);
        grid.select(4);
        List<UUID> chosen =
                List.of(grid.getRow(0).id(), grid.getRow(2).id(), grid.getRow(4).id());
        assertThat(view.bulk.isVisible()).isTrue();
        assertThat(view.bulk.selectedLabel.getText()).isEqualTo("3 selected");

        test(view.bulk.addTag).click();
        TagDialog dialog = $(TagDialog.class).single();
        test(dialog.tag).setValue("!!");
        test(dialog.apply).click();
        assertThat(dialog.tag.isInvalid()).isTrue();
        assertThat(idsTagged("front-row")).isEmpty();

        test(dialog.tag).setValue("Front-Row");
        test(dialog.apply).click();

        assertThat(idsTagged("front-row")).containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(notifications()).anyMatch(n -> n.contains("Tagged 3 contacts"));
        assertThat(countSql("SELECT count(*) FROM audit_log WHERE brand_id = ? AND action = 'BULK_TAG'"
                        + " AND details->'tags' @> '[\"front-row\"]'"))
                .isEqualTo(1);
    }

    @Test
    void a_viewer_can_export_a_selection_but_not_tag_it_or_save_segments() {
        signIn(VIEWER);
        ContactsView view = navigate(ContactsView.class);
        test(view.grid).select(1);

        assertThat(view.bulk.isVisible()).isTrue();
        assertThat(view.bulk.addTag.isVisible()).isFalse();
        assertThat(view.bulk.addToSegment.isVisible()).isFalse();
        assertThat(view.bulk.exportSelection.isVisible()).isTrue();
        assertThat(view.saveSegment.isVisible()).isFalse();
        assertThat(view.newContact.isVisible()).isFalse();
    }

    @Test
    void export_selection_downloads_exactly_the_selected_contacts() {
        ContactsView view = navigate(ContactsView.class);
        var grid = test(view.grid);
        grid.select(1);
        grid.select(3);
        var expected = List.of(grid.getRow(1).name(), grid.getRow(3).name());

        var out = new ByteArrayOutputStream();
        test(view.bulk.exportSelection).download(out);

        var lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("name,email,whatsapp");
        assertThat(Arrays.stream(lines).skip(1).map(l -> l.split(",")[0]).toList())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void export_all_downloads_every_contact_matching_the_filter() {
        ContactsView view = navigate(ContactsView.class);
        test(view.filters.toggle).click();
        test(view.filters.tags).selectItem("vip");
        var expected = namesWhere("c.tags @> ARRAY['vip']");

        var out = new ByteArrayOutputStream();
        test(view.exportAll).download(out);

        var lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(Arrays.stream(lines).skip(1).map(l -> l.split(",")[0]).toList())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void contacts_added_to_a_segment_by_hand_show_in_it_and_in_its_count() {
        Segment picks = asMaison(() -> segments.create("Front row picks", null, ContactFilter.all(), true));
        try {
            ContactsView view = navigate(ContactsView.class);
            SegmentList sidebar = $(SegmentList.class).single();
            assertThat(sidebar.countText(picks.id())).isEqualTo("0");
            var grid = test(view.grid);
            grid.select(5);
            grid.select(6);
            var chosen = List.of(grid.getRow(5).name(), grid.getRow(6).name());

            test(view.bulk.addToSegment).click();
            SegmentPickerDialog dialog = $(SegmentPickerDialog.class).single();
            test(dialog.apply).click();
            assertThat(dialog.segment.isInvalid()).isTrue();
            test(dialog.segment).selectItem("Front row picks");
            test(dialog.apply).click();

            assertThat(notifications()).anyMatch(n -> n.contains("Added 2 contacts to Front row picks"));
            assertThat(sidebar.countText(picks.id())).isEqualTo("2");
            assertThat(countSql("SELECT count(*) FROM segment_members WHERE brand_id = ? AND segment_id = '"
                            + picks.id() + "'"))
                    .isEqualTo(2);

            UI.getCurrent()
                    .navigate(
                            "crm/contacts",
                            QueryParameters.of(SegmentList.PARAMETER, picks.id().toString()));
            ContactsView opened = (ContactsView) getCurrentView();
            assertThat(names(opened.grid)).containsExactlyElementsOf(chosen);
        } finally {
            asMaison(() -> {
                segments.delete(picks.id());
                return null;
            });
        }
    }

    @Test
    void clicking_a_row_shows_it_in_the_intelligence_panel_without_selecting_it() {
        ContactsView view = navigate(ContactsView.class);
        var panel = $(com.fashionos.ui.base.IntelligencePanel.class).single();

        test(view.grid).clickRow(2);

        assertThat(panel.getElement().getTextRecursively())
                .contains(test(view.grid).getRow(2).name());
        assertThat(view.grid.getSelectedItems()).isEmpty();
    }

    @Test
    void the_filter_url_round_trips() {
        var owner = UUID.randomUUID();
        var filter = ContactFilter.all()
                .withText("milan")
                .withSentiment(SentimentBand.NEGATIVE)
                .withInactiveForDays(90)
                .withMinDealValue(new BigDecimal("25000"))
                .withAccountType(AccountType.SPONSOR)
                .withTags(Set.of("beauty", "paris"), TagMatch.ANY)
                .withRole("director")
                .withOwnerId(owner);

        var back = ContactQuery.from(new ContactQuery(filter, null).toParameters());

        assertThat(back.filter()).isEqualTo(filter);
        assertThat(back.segmentId()).isNull();
        assertThat(new ContactQuery(filter, null).toParameters().getQueryString())
                .contains("sentiment=negative", "inactive=90", "type=sponsor", "match=any", "q=milan");
        assertThat(ContactQuery.from(QueryParameters.simple(Map.of("active", "x", "type", "nope")))
                        .filter())
                .isEqualTo(ContactFilter.all());
    }

    // ---- helpers ----

    private void assertShows(ContactsView view, String condition) {
        var expected = namesWhere(condition);
        assertThat(names(view.grid)).as(condition).containsExactlyElementsOf(expected);
        String label = view.countLabel.getText();
        assertThat(label).as(condition).startsWith(expected.size() + " contact");
        if (expected.isEmpty()) {
            assertThat(view.empty.isVisible()).isTrue();
        }
    }

    private List<String> names(Grid<ContactRow> grid) {
        if (!grid.isVisible()) {
            return List.of();
        }
        var tester = test(grid);
        return IntStream.range(0, tester.size())
                .mapToObj(i -> tester.getRow(i).name())
                .toList();
    }

    private List<UUID> idsTagged(String tag) {
        var ids = new ArrayList<UUID>();
        query(
                "SELECT c.id FROM contacts c WHERE c.brand_id = ? AND c.deleted_at IS NULL AND ? = ANY(c.tags)",
                tag,
                rs -> ids.add(rs.getObject(1, UUID.class)));
        return ids;
    }

    private long countOf(String condition) {
        return namesWhere(condition).size();
    }

    private List<String> namesWhere(String condition) {
        var names = new ArrayList<String>();
        query(
                "SELECT c.name FROM contacts c WHERE c.brand_id = ? AND c.deleted_at IS NULL AND (" + condition
                        + ") ORDER BY lower(c.name), c.id",
                null,
                rs -> names.add(rs.getString(1)));
        return names;
    }

    private long countSql(String sql) {
        var out = new long[1];
        query(sql, null, rs -> out[0] = rs.getLong(1));
        return out[0];
    }

    private interface RowHandler {
        void row(java.sql.ResultSet rs) throws SQLException;
    }

    /** Plain SQL as the database admin (a superuser: no row-level security), restricted to the Maison's rows. */
    private void query(String sql, String extra, RowHandler handler) {
        try (Connection c = DriverManager.getConnection(
                        environment.getRequiredProperty("fashionos.db.url"),
                        TestDatabase.ADMIN_USER,
                        TestDatabase.ADMIN_PASSWORD);
                var st = c.prepareStatement(sql)) {
            st.setObject(1, maisonId());
            if (extra != null) {
                st.setString(2, extra);
            }
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
