package com.fashionos.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FosChartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ChartData pipeline() {
        return ChartData.bar(
                "Pipeline value by stage",
                "Stage",
                "Open value (EUR)",
                List.of(
                        new ChartPoint("Lead", new BigDecimal("150000.00"), "€150,000", "LEAD"),
                        new ChartPoint("Pitch", new BigDecimal("0"), "€0", "PITCH")),
                "EUR",
                Locale.UK);
    }

    @Test
    void sends_points_currency_locale_summary_and_colours_to_the_browser_as_json() {
        var chart = new FosChart(pipeline());
        chart.setColors("var(--fos-gold)", "#141414");

        JsonNode json = JSON.readTree(chart.getConfigJson());
        assertThat(json.get("type").asString()).isEqualTo("bar");
        assertThat(json.get("currency").asString()).isEqualTo("EUR");
        assertThat(json.get("locale").asString()).isEqualTo("en-GB");
        assertThat(json.get("summary").asString()).isEqualTo("Pipeline value by stage: Lead €150,000; Pitch €0.");
        assertThat(json.get("points").get(0).get("value").decimalValue()).isEqualByComparingTo("150000");
        assertThat(json.get("points").get(0).get("key").asString()).isEqualTo("LEAD");
        assertThat(json.get("colors").get(0).asString()).isEqualTo("var(--fos-gold)");
    }

    @Test
    void is_a_labelled_figure_with_a_data_table_that_follows_new_data() {
        var chart = new FosChart(pipeline());
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("figure");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Pipeline value by stage");

        chart.setData(ChartData.doughnut(
                "Deals by stage",
                "Stage",
                "Open deals",
                List.of(ChartPoint.of("Lead", BigDecimal.valueOf(3), "3 deals")),
                Locale.UK));

        Element table = chart.getElement().getChild(0);
        assertThat(table.getChild(0).getText()).isEqualTo("Deals by stage");
        assertThat(table.getChild(1).getTextRecursively()).isEqualTo("StageOpen deals");
        assertThat(table.getChild(2).getChildren().map(Element::getTextRecursively))
                .containsExactly("Lead3 deals");
        assertThat(JSON.readTree(chart.getConfigJson()).get("type").asString()).isEqualTo("doughnut");
    }

    @Test
    void a_click_names_the_point_and_ignores_a_stale_index() {
        var chart = new FosChart(pipeline());
        assertThat(new FosChart.PointClickEvent(chart, true, 1).point())
                .map(ChartPoint::key)
                .contains("PITCH");
        assertThat(new FosChart.PointClickEvent(chart, true, 7).point()).isEmpty();
        assertThat(pipeline().allZero()).isFalse();
    }
}
