package com.fashionos.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.ui.activity.SeededViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewTest extends SeededViewTest {

    @Autowired
    DealService deals;

    @Test
    void shows_deals_and_value_per_stage_and_an_honest_at_risk_placeholder() {
        DashboardView view = navigate(DashboardView.class);
        var totals = asMaison(() -> deals.totals(DealFilter.all()));
        for (DealStage stage : DealStage.values()) {
            assertThat(view.stageCounts.get(stage).getText()).isEqualTo(Long.toString(totals.count(stage)));
        }
        assertThat(view.stageValues.get(DealStage.LEAD).getText()).contains("€");
        assertThat(view.getElement().getTextRecursively()).contains(DashboardView.AT_RISK_TEXT);
        assertThat(view.recent.getChildren().count()).isPositive();
    }
}
