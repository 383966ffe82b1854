package com.fashionos.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.crm.deal.StageTotals;
import com.fashionos.ui.activity.Display;
import com.fashionos.ui.activity.SeededViewTest;
import com.fashionos.ui.chart.ChartPoint;
import com.fashionos.ui.chart.ChartType;
import com.fashionos.ui.chart.FosChart;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DashboardViewTest extends SeededViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DealService deals;

    @Autowired
    Display display;

    @Test
    void pipeline_chart_draws_the_open_value_of_every_stage_in_the_brand_currency() {
        DashboardView view = navigate(DashboardView.class);
        StageTotals totals = asMaison(() -> deals.totals(DealFilter.all()));
        String currency = display.brandCurrency();
        assertThat(currency).isEqualTo("EUR");

        var data = view.pipelineChart.getData();
        assertThat(data.type()).isEqualTo(ChartType.BAR);
        assertThat(data.currency()).isEqualTo(currency);
        assertThat(data.points())
                .extracting(ChartPoint::label)
                .containsExactlyElementsOf(
                        Arrays.stream(DealStage.values()).map(DealStage::label).toList());
        BigDecimal drawn = BigDecimal.ZERO;
        for (DealStage stage : DealStage.values()) {
            BigDecimal expected = totals.sums(stage).getOrDefault(currency, BigDecimal.ZERO);
            ChartPoint point = data.points().get(stage.index());
            assertThat(point.value()).as(stage.label()).isEqualByComparingTo(expected);
            assertThat(point.text()).isEqualTo(Display.money(expected, currency));
            assertThat(point.key()).isEqualTo(stage.name());
            drawn = drawn.add(point.value());
        }
        assertThat(drawn).as("the demo pipeline has open value").isPositive();

        // The browser receives the same numbers as JSON.
        JsonNode json = JSON.readTree(view.pipelineChart.getConfigJson());
        assertThat(json.get("type").asString()).isEqualTo("bar");
        assertThat(json.get("currency").asString()).isEqualTo("EUR");
        assertThat(json.get("colors").size()).as("one colour per stage").isEqualTo(DealStage.values().length);
        for (DealStage stage : DealStage.values()) {
            JsonNode point = json.get("points").get(stage.index());
            assertThat(point.get("label").asString()).isEqualTo(stage.label());
            assertThat(point.get("value").decimalValue())
                    .isEqualByComparingTo(totals.sums(stage).getOrDefault(currency, BigDecimal.ZERO));
        }
    }

    @Test
    void deals_chart_counts_the_open_deals_of_every_stage() {
        DashboardView view = navigate(DashboardView.class);
        StageTotals totals = asMaison(() -> deals.totals(DealFilter.all()));

        var data = view.dealsChart.getData();
        assertThat(data.type()).isEqualTo(ChartType.DOUGHNUT);
        long total = 0;
        for (DealStage stage : DealStage.values()) {
            ChartPoint point = data.points().get(stage.index());
            assertThat(point.label()).isEqualTo(stage.label());
            assertThat(point.value()).as(stage.label()).isEqualByComparingTo(BigDecimal.valueOf(totals.count(stage)));
            total += point.value().longValueExact();
        }
        assertThat(total).isPositive();
    }

    @Test
    void charts_are_labelled_figures_with_a_hidden_data_table_for_screen_readers() {
        DashboardView view = navigate(DashboardView.class);
        StageTotals totals = asMaison(() -> deals.totals(DealFilter.all()));
        FosChart chart = view.dealsChart;

        assertThat(chart.getElement().getAttribute("role")).isEqualTo("figure");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Deals by stage");
        assertThat(JSON.readTree(chart.getConfigJson()).get("summary").asString())
                .startsWith("Deals by stage: Lead " + totals.count(DealStage.LEAD) + " deal");

        Element table = chart.getElement().getChild(0);
        assertThat(table.getTag()).isEqualTo("table");
        assertThat(table.getChild(0).getText()).isEqualTo("Deals by stage");
        Element body = table.getChild(2);
        List<String> rows = body.getChildren().map(Element::getTextRecursively).toList();
        assertThat(rows).hasSize(DealStage.values().length);
        assertThat(rows.get(DealStage.PITCH.index()))
                .isEqualTo("Pitch" + totals.count(DealStage.PITCH)
                        + (totals.count(DealStage.PITCH) == 1 ? " deal" : " deals"));
    }

    @Test
    void clicking_a_stage_bar_opens_the_open_deals_of_that_stage() {
        DashboardView view = navigate(DashboardView.class);
        ObjectNode detail = JSON.createObjectNode();
        detail.put("event.detail.index", DealStage.PITCH.index());
        view.pipelineChart
                .getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(view.pipelineChart.getElement(), "fos-chart-click", detail));

        var location = UI.getCurrent().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("crm/deals");
        assertThat(location.getQueryParameters().getSingleParameter("stage")).contains("PITCH");
        // The deals view opens its list on the open deals of that stage.
        var grid = $(com.vaadin.flow.component.grid.Grid.class).single();
        assertThat(grid.isVisible()).isTrue();
        long pitch = asMaison(() -> deals.totals(DealFilter.all())).count(DealStage.PITCH);
        assertThat(pitch).isPositive();
        assertThat(test(grid).size()).isEqualTo((int) pitch);
    }

    @Test
    void keeps_tasks_recent_activity_and_an_honest_at_risk_placeholder() {
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.getElement().getTextRecursively()).contains(DashboardView.AT_RISK_TEXT);
        assertThat(view.recent.getChildren().count()).isPositive();
        assertThat(view.tasks.getChildren().count()).isPositive();
    }
}
