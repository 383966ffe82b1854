package com.fashionos.ui.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.account.AccountFilter;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.ActivityType;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.Deal;
import com.fashionos.crm.deal.DealForm;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.ui.activity.SeededViewTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DealsViewTest extends SeededViewTest {

    @Autowired
    DealService deals;

    @Autowired
    AccountService accounts;

    @Autowired
    ContactService contacts;

    @Autowired
    ActivityService activities;

    private Deal newLead(String title) {
        return asMaison(() -> {
            UUID account =
                    accounts.page(AccountFilter.all(), Page.first(1)).getFirst().id();
            return deals.create(DealForm.of(title, account));
        });
    }

    private void drag(DealsView view, UUID dealId, DealsView.Column column) {
        Div card = view.cards.get(dealId);
        assertThat(card).as("card of the deal on the board").isNotNull();
        ComponentUtil.fireEvent(card, new DragStartEvent<>(card, true));
        Div target = (Div) view.columns.get(column).getParent().orElseThrow();
        ComponentUtil.fireEvent(target, new DropEvent<>(target, true, "move"));
    }

    @Test
    void drop_on_pitch_without_primary_contact_is_rejected_naming_the_missing_field() {
        Deal deal = newLead("Gate test without contact");
        DealsView view = navigate(DealsView.class);

        drag(view, deal.id(), DealsView.Column.PITCH);

        assertThat(notifications()).anySatisfy(text -> assertThat(text)
                .contains("Pitch needs a primary contact")
                .contains(deal.reference()));
        assertThat(asMaison(() -> deals.get(deal.id()).orElseThrow().stage())).isEqualTo(DealStage.LEAD);
        assertThat(view.columns.get(DealsView.Column.LEAD).getChildren())
                .as("the card stays in Lead")
                .contains(view.cards.get(deal.id()));
    }

    @Test
    void filling_the_missing_field_from_the_notification_moves_the_deal_and_the_timeline_shows_it() {
        Deal deal = newLead("Gate test filled from the toast");
        DealsView view = navigate(DealsView.class);
        drag(view, deal.id(), DealsView.Column.PITCH);

        Button fill = $(Button.class).all().stream()
                .filter(b -> b.getText().equals("Add a primary contact"))
                .findFirst()
                .orElseThrow();
        test(fill).click();
        DealDialog dialog = $(DealDialog.class).single();
        assertThat(dialog.contact.isRequiredIndicatorVisible()).isTrue();
        assertThat(dialog.contact.getHelperText()).isEqualTo("Needed for Pitch");
        var someone =
                asMaison(() -> contacts.page(ContactFilter.all(), Page.first(1)).getFirst());
        dialog.contact.setValue(new ContactOption(someone.id(), someone.name(), null));
        test(dialog.save).click();

        assertThat(asMaison(() -> deals.get(deal.id()).orElseThrow().stage())).isEqualTo(DealStage.PITCH);
        assertThat(view.columns.get(DealsView.Column.PITCH).getChildren()).contains(view.cards.get(deal.id()));
        var timeline = asMaison(() -> activities.forDeal(deal.id(), Page.first(10)));
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(ActivityType.STAGE_CHANGE);
            assertThat(e.subject()).isEqualTo("Lead → Pitch");
            assertThat(e.authorName()).isEqualTo("Margaux Delacroix");
        });
    }

    @Test
    void drop_after_filling_the_field_succeeds_and_the_war_room_timeline_shows_the_change() {
        Deal deal = newLead("Gate test dropped again");
        DealsView view = navigate(DealsView.class);
        drag(view, deal.id(), DealsView.Column.PITCH);
        assertThat(asMaison(() -> deals.get(deal.id()).orElseThrow().stage())).isEqualTo(DealStage.LEAD);

        asMaison(() -> {
            var someone = contacts.page(ContactFilter.all(), Page.first(1)).getFirst();
            return deals.update(deal.id(), DealForm.from(deal).withPrimaryContactId(someone.id()));
        });
        view = navigate(DealsView.class);
        drag(view, deal.id(), DealsView.Column.PITCH);

        assertThat(asMaison(() -> deals.get(deal.id()).orElseThrow().stage())).isEqualTo(DealStage.PITCH);
        assertThat(notifications()).anySatisfy(text -> assertThat(text).contains(deal.reference() + " moved to Pitch"));

        DealView room = navigate("crm/deals/" + deal.id(), DealView.class);
        assertThat(room.timeline.entries())
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("Lead → Pitch"));
        assertThat(find(H1.class).single().getText())
                .as("the main heading leaves out the browser title's app-name suffix")
                .isEqualTo(deal.reference() + " " + deal.title());
        assertThat(stageStates(room)).containsExactly("LEAD:done", "PITCH:current", "CONTRACT:", "ROI:");

        stageButton(room, DealStage.LEAD).click();
        assertThat(asMaison(() -> deals.get(deal.id()).orElseThrow().stage())).isEqualTo(DealStage.LEAD);
        assertThat(stageStates(room))
                .as("the stage bar follows the move")
                .containsExactly("LEAD:current", "PITCH:", "CONTRACT:", "ROI:");
    }

    private static Button stageButton(DealView room, DealStage stage) {
        return room.stageBar
                .getChildren()
                .map(Button.class::cast)
                .filter(b -> stage.name().equals(b.getElement().getAttribute("data-stage")))
                .findFirst()
                .orElseThrow();
    }

    private static java.util.List<String> stageStates(DealView room) {
        return room.stageBar
                .getChildren()
                .map(Button.class::cast)
                .map(b -> b.getElement().getAttribute("data-stage") + ":"
                        + (b.hasClassName("fos-stage-current")
                                ? "current"
                                : b.hasClassName("fos-stage-done") ? "done" : ""))
                .toList();
    }

    @Test
    void backwards_moves_are_allowed() {
        Deal deal = newLead("Backwards move");
        asMaison(() -> {
            var someone = contacts.page(ContactFilter.all(), Page.first(1)).getFirst();
            deals.update(deal.id(), DealForm.from(deal).withPrimaryContactId(someone.id()));
            return deals.moveToStage(deal.id(), DealStage.PITCH, null);
        });
        DealsView view = navigate(DealsView.class);
        drag(view, deal.id(), DealsView.Column.LEAD);
        assertThat(asMaison(() -> deals.get(deal.id()).orElseThrow().stage())).isEqualTo(DealStage.LEAD);
    }

    @Test
    void board_shows_column_totals_per_currency() {
        DealsView view = navigate(DealsView.class);
        long cardsInLead = view.columns
                .get(DealsView.Column.LEAD)
                .getChildren()
                .filter(c -> c.hasClassName("fos-deal-card"))
                .count();
        assertThat(cardsInLead).isPositive();
        assertThat(view.columnCounts.get(DealsView.Column.LEAD).getText()).isNotEqualTo("0");
        assertThat(view.columnTotals.get(DealsView.Column.LEAD).getText()).contains("€");
    }

    @Test
    void list_mode_filters_narrow_the_grid() {
        DealsView view = navigate(DealsView.class);
        view.mode.setSelectedTab(view.listTab);
        int all = test(view.grid).size();
        assertThat(all).isGreaterThan(1);
        test(view.stageFilter).selectItem("Contract");
        int contract = test(view.grid).size();
        assertThat(contract).isLessThan(all);
        for (int i = 0; i < contract; i++) {
            assertThat(test(view.grid).getRow(i).stage()).isEqualTo(DealStage.CONTRACT);
        }
    }

    @Test
    void viewer_cannot_drag_or_create() {
        signIn(VIEWER);
        DealsView view = navigate(DealsView.class);
        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.cards).isNotEmpty();
        view.cards.values().forEach(card -> assertThat(card.getElement().getAttribute("draggable"))
                .isNull());
        Div lead = (Div) view.columns.get(DealsView.Column.LEAD).getParent().orElseThrow();
        assertThat(lead.getElement().getProperty("__active")).isNull();
    }
}
