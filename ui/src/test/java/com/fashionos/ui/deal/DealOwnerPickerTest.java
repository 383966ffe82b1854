package com.fashionos.ui.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.account.AccountFilter;
import com.fashionos.crm.account.AccountOption;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.deal.Deal;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealForm;
import com.fashionos.crm.deal.DealOwner;
import com.fashionos.crm.deal.DealService;
import com.fashionos.ui.activity.SeededViewTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DealOwnerPickerTest extends SeededViewTest {

    @Autowired
    DealService deals;

    @Autowired
    AccountService accounts;

    private AccountOption anAccount() {
        var a = asMaison(() -> accounts.page(AccountFilter.all(), Page.first(1)))
                .getFirst();
        return new AccountOption(a.id(), a.name(), a.type());
    }

    private UUID userId(String email) {
        return users.findByEmail(email).orElseThrow().id();
    }

    @Test
    void a_new_deal_is_owned_by_its_creator_unless_another_agent_or_manager_is_picked() {
        DealsView view = navigate(DealsView.class);
        test(view.create).click();
        DealDialog dialog = $(DealDialog.class).single();

        assertThat(dialog.owner.getValue()).extracting(DealOwner::userId).isEqualTo(owner().id());
        assertThat(dialog.owner.getGenericDataView().getItems().map(DealOwner::displayName))
                .as("the brand's agents and managers; the viewer cannot work a deal")
                .containsExactly("Luca Bernardi", "Margaux Delacroix");

        DealOwner luca = dialog.owner
                .getGenericDataView()
                .getItems()
                .filter(o -> o.displayName().equals("Luca Bernardi"))
                .findFirst()
                .orElseThrow();
        test(dialog.title).setValue("Owner picker: Luca's deal");
        dialog.account.setValue(anAccount());
        dialog.owner.setValue(luca);
        test(dialog.save).click();

        Deal saved = asMaison(() -> deals.page(DealFilter.all().withText("Owner picker: Luca"), Page.first(1)).stream()
                .map(r -> deals.get(r.id()).orElseThrow())
                .findFirst()
                .orElseThrow());
        assertThat(saved.ownerId()).isEqualTo(userId("manager@fashionos.demo"));
    }

    @Test
    void editing_a_deal_shows_and_changes_its_owner() {
        Deal deal = asMaison(() -> deals.create(
                DealForm.of("Owner picker: handed over", anAccount().id()).withOwnerId(owner().id())));
        DealView room = navigate("crm/deals/" + deal.id(), DealView.class);
        test(room.edit).click();
        DealDialog dialog = $(DealDialog.class).single();
        assertThat(dialog.owner.getValue().displayName()).isEqualTo("Margaux Delacroix");

        dialog.owner.clear();
        test(dialog.save).click();
        assertThat(asMaison(() -> deals.get(deal.id())).orElseThrow().ownerId())
                .as("a deal may be left without owner")
                .isNull();

        test(room.edit).click();
        dialog = $(DealDialog.class).all().stream()
                .filter(DealDialog::isOpened)
                .findFirst()
                .orElseThrow();
        assertThat(dialog.owner.getValue()).isNull();
        dialog.owner.setValue(dialog.owner
                .getGenericDataView()
                .getItems()
                .filter(o -> o.displayName().equals("Luca Bernardi"))
                .findFirst()
                .orElseThrow());
        test(dialog.save).click();
        assertThat(asMaison(() -> deals.get(deal.id())).orElseThrow().ownerId())
                .isEqualTo(userId("manager@fashionos.demo"));
    }
}
