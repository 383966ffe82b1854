package com.fashionos.crm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.audit.AuditLog;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.SortOrder;
import com.fashionos.crm.common.ValidationException;
import com.fashionos.crm.testsupport.SeededCrmTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountServiceTest extends SeededCrmTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Test
    void list_filters_by_type_and_tier_sorts_and_lookup_prefers_prefixes() {
        var sponsors = asMaison(() -> accounts.page(AccountFilter.all().withType(AccountType.SPONSOR), Page.first(50)));
        assertThat(sponsors).hasSizeGreaterThanOrEqualTo(5).allMatch(a -> a.type() == AccountType.SPONSOR);
        assertThat(sponsors).allMatch(a -> a.contactCount() >= 3);
        var flagship =
                asMaison(() -> accounts.page(AccountFilter.all().withBudgetTier(BudgetTier.FLAGSHIP), Page.first(50)));
        assertThat(flagship).isNotEmpty().allMatch(a -> a.budgetTier() == BudgetTier.FLAGSHIP);
        var desc = asMaison(() -> accounts.page(AccountFilter.all(), Page.of(0, 50, SortOrder.desc("name"))));
        assertThat(desc)
                .extracting(a -> a.name().toLowerCase())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(asMaison(() -> accounts.lookup("ma", 5)))
                .extracting(AccountOption::name)
                .first()
                .isEqualTo("Maison Gazette");
    }

    @Test
    void create_validates_normalises_and_can_be_deleted_and_restored() {
        assertThatThrownBy(() -> asMaison(() -> accounts.create(AccountForm.of("", AccountType.BUYER))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Name is required");
        var form = new AccountForm(
                "Maison Test Buyer",
                AccountType.BUYER,
                "test-buyer.example",
                BudgetTier.CORE,
                null,
                "Paris",
                "fr",
                null,
                Set.of("VIP"),
                null);
        var created = asMaison(() -> accounts.create(form));
        assertThat(created.website()).isEqualTo("https://test-buyer.example");
        assertThat(created.country()).isEqualTo("FR");
        assertThat(created.tags()).containsExactly("vip");
        asMaison(() -> {
            accounts.delete(created.id());
            return null;
        });
        assertThat(asMaison(() -> accounts.lookup("Maison Test", 5))).isEmpty();
        asMaison(() -> {
            accounts.restore(created.id());
            return null;
        });
        assertThat(asMaison(() -> accounts.lookup("Maison Test", 5))).hasSize(1);
        assertThat(asMaison(() -> audit.forEntity("account", created.id(), 5)))
                .extracting(e -> e.action())
                .containsExactly("RESTORE", "DELETE", "CREATE");
        assertThat(asNord(() -> accounts.get(created.id()))).isEmpty();
    }
}
