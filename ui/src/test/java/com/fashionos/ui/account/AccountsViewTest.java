package com.fashionos.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.account.BudgetTier;
import com.fashionos.ui.activity.SeededViewTest;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AccountsViewTest extends SeededViewTest {

    @Test
    void type_budget_tier_and_name_filters_narrow_the_grid() {
        AccountsView view = navigate(AccountsView.class);
        var grid = test(view.grid);
        int all = grid.size();
        assertThat(all).isGreaterThanOrEqualTo(20);

        test(view.type).selectItem("Sponsor");
        int sponsors = grid.size();
        assertThat(sponsors).isPositive().isLessThan(all);
        IntStream.range(0, sponsors)
                .forEach(i -> assertThat(grid.getRow(i).type()).isEqualTo(AccountType.SPONSOR));
        assertThat(view.count.getText()).isEqualTo(sponsors == 1 ? "1 account" : sponsors + " accounts");

        String name = grid.getRow(0).name();
        test(view.search).setValue(name.substring(0, Math.min(6, name.length())));
        assertThat(grid.size()).isPositive().isLessThanOrEqualTo(sponsors);
        IntStream.range(0, grid.size())
                .forEach(i -> assertThat(grid.getRow(i).name().toLowerCase())
                        .contains(name.substring(0, Math.min(6, name.length())).toLowerCase()));

        test(view.search).setValue("");
        view.type.clear();
        BudgetTier tier = BudgetTier.FLAGSHIP;
        test(view.tier).selectItem(tier.label());
        IntStream.range(0, grid.size())
                .forEach(i -> assertThat(grid.getRow(i).budgetTier()).isEqualTo(tier));
        assertThat(grid.size()).isLessThan(all);
    }

    @Test
    void a_name_nobody_has_shows_the_grid_empty_text_not_the_first_run_state() {
        AccountsView view = navigate(AccountsView.class);
        test(view.search).setValue("zzz-no-such-account");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.count.getText()).isEqualTo("0 accounts");
    }

    @Test
    void creating_an_account_validates_in_place_and_opens_it() {
        AccountsView view = navigate(AccountsView.class);
        test(view.create).click();
        AccountDialog dialog = $(AccountDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Name is required");

        test(dialog.name).setValue("Atelier Test Création");
        test(dialog.type).selectItem("Vendor");
        test(dialog.website).setValue("not a website");
        test(dialog.save).click();
        assertThat(dialog.website.isInvalid()).isTrue();
        assertThat(dialog.website.getErrorMessage()).contains("is not a valid website");

        test(dialog.website).setValue("atelier-test.example");
        test(dialog.save).click();
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
    }

    @Test
    void viewer_sees_no_create_or_edit() {
        signIn(VIEWER);
        AccountsView view = navigate(AccountsView.class);
        assertThat(view.create.isVisible()).isFalse();
        var id = test(view.grid).getRow(0).id();
        AccountView detail = navigate("crm/accounts/" + id, AccountView.class);
        assertThat(detail.edit.isVisible()).isFalse();
        assertThat(detail.delete.isVisible()).isFalse();
        assertThat(detail.logActivity.isVisible()).isFalse();
    }
}
