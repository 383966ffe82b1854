package com.fashionos.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.audit.AuditLog;
import com.fashionos.crm.brand.Brand;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.brand.BrandSettings;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealForm;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.crm.deal.StageChangeResult;
import com.fashionos.ui.activity.SeededViewTest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Owners edit the pipeline's stage gates and the draft expiry in Settings; the pipeline then enforces them. */
class SettingsViewTest extends SeededViewTest {

    @Autowired
    BrandService brands;

    @Autowired
    DealService deals;

    @Autowired
    AuditLog audit;

    private BrandSettings before;

    @BeforeEach
    void remember() {
        before = asMaison(() -> brands.current().map(Brand::settings).orElseThrow());
    }

    @AfterEach
    void restore() {
        asMaison(() -> brands.updateSettings(before));
    }

    @Test
    void shows_the_brand_gates_and_saves_new_ones_that_the_pipeline_then_enforces() {
        ApiSettingsView view = navigate(ApiSettingsView.class);
        assertThat(view.gates.get(DealStage.PITCH).getValue()).containsExactly("primaryContact");
        assertThat(view.gates.get(DealStage.CONTRACT).getValue())
                .containsExactlyInAnyOrder("valueForecast", "expectedClose");

        view.gates.get(DealStage.PITCH).setValue(new LinkedHashSet<>(List.of("primaryContact", "campaign")));
        test(view.saveRules).click();

        BrandSettings saved = asMaison(() -> brands.current().orElseThrow().settings());
        assertThat(saved.requiredFieldsFor("PITCH")).containsExactly("campaign", "primaryContact");
        assertThat(notifications()).anyMatch(text -> text.contains("Stage gates saved"));
        UUID brandId = maisonId();
        assertThat(asMaison(() -> audit.forEntity("brand", brandId, 5)))
                .anyMatch(entry -> entry.action().equals("UPDATE_SETTINGS"));

        // A deal with a primary contact but no campaign may no longer enter Pitch.
        StageChangeResult result = asMaison(() -> {
            var withContact = deals.page(DealFilter.all(), Page.first(50)).stream()
                    .map(row -> deals.get(row.id()).orElseThrow())
                    .filter(d -> d.primaryContactId() != null)
                    .findFirst()
                    .orElseThrow();
            var deal = deals.create(DealForm.of("Gate probe", withContact.accountId())
                    .withPrimaryContactId(withContact.primaryContactId()));
            try {
                return deals.moveToStage(deal.id(), DealStage.PITCH, owner().id());
            } finally {
                deals.delete(deal.id());
            }
        });
        assertThat(result.moved()).isFalse();
        assertThat(result.message()).isEqualTo("Pitch needs a campaign.");
    }

    @Test
    void draft_expiry_outside_one_to_365_days_is_refused_with_a_message_and_not_saved() {
        ApiSettingsView view = navigate(ApiSettingsView.class);
        assertThat(view.expiryDays.getValue()).isEqualTo(before.draftExpiryDays());

        test(view.expiryDays).setValue(0);
        assertThat(view.expiryDays.isInvalid()).isTrue();
        assertThat(view.expiryDays.getErrorMessage()).isEqualTo("Enter a number of days from 1 to 365");
        assertThat(asMaison(() -> brands.current().orElseThrow().settings().draftExpiryDays()))
                .isEqualTo(before.draftExpiryDays());

        test(view.expiryDays).setValue(14);
        assertThat(view.expiryDays.isInvalid()).isFalse();
        assertThat(asMaison(() -> brands.current().orElseThrow().settings().draftExpiryDays()))
                .isEqualTo(14);
    }
}
