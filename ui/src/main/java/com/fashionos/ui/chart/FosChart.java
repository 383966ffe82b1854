package com.fashionos.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Chart.js ({@code fos-chart.js}), in Lumo colours. The server sends the points as
 * one JSON property; the element's light DOM holds a table of the same points that is hidden visually but read by
 * screen readers, and the element is a labelled figure whose canvas carries a one-sentence summary.
 *
 * <p>Changing the JavaScript module or the Chart.js version means rebuilding the committed frontend bundles
 * ({@code ui/frontend-tools/rebuild-bundles.sh}).
 */
@Tag("fos-chart")
@NpmPackage(value = "chart.js", version = FosChart.CHART_JS_VERSION)
@JsModule("./components/fos-chart.js")
public class FosChart extends Component implements HasSize {

    /** The Chart.js release the bundles are built with. */
    public static final String CHART_JS_VERSION = "4.5.1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Element table = new Element("table");
    private ChartData data;
    private List<String> colors = List.of();

    public FosChart(ChartData data) {
        this.data = data;
        addClassName("fos-chart");
        getElement().setAttribute("role", "figure");
        getElement().appendChild(table);
        setData(data);
    }

    /** Replaces what the chart shows. */
    public void setData(ChartData data) {
        this.data = data;
        getElement().setAttribute("aria-label", data.title());
        getElement().setProperty("config", toJson(data, colors));
        renderTable(data);
    }

    /**
     * The colours of the points, in order and repeating, as CSS values ({@code "var(--fos-gold)"},
     * {@code "#141414"}). Without them bars take Lumo's primary colour and slices a Lumo palette.
     */
    public void setColors(String... cssColors) {
        this.colors = List.of(cssColors);
        getElement().setProperty("config", toJson(data, colors));
    }

    public List<String> getColors() {
        return colors;
    }

    public ChartData getData() {
        return data;
    }

    /** The JSON the browser draws from. */
    public String getConfigJson() {
        return getElement().getProperty("config", "");
    }

    /** Called when someone clicks a bar or slice; the pointer turns into a hand over the points from then on. */
    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        getElement().setAttribute("clickable", true);
        return addListener(PointClickEvent.class, listener);
    }

    static String toJson(ChartData data, List<String> colors) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (ChartPoint p : data.points()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("label", p.label());
            point.put("value", p.value());
            point.put("text", p.text());
            point.put("key", p.key());
            points.add(point);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", data.type().name().toLowerCase(Locale.ROOT));
        config.put("title", data.title());
        config.put("summary", data.summary());
        config.put("currency", data.currency());
        config.put("locale", data.locale().toLanguageTag());
        config.put("points", points);
        config.put("colors", colors.isEmpty() ? null : colors);
        return JSON.writeValueAsString(config);
    }

    private void renderTable(ChartData data) {
        table.removeAllChildren();
        table.appendChild(new Element("caption").setText(data.title()));
        var head = new Element("tr")
                .appendChild(
                        new Element("th").setAttribute("scope", "col").setText(data.categoryHeader()),
                        new Element("th").setAttribute("scope", "col").setText(data.valueHeader()));
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (ChartPoint p : data.points()) {
            body.appendChild(new Element("tr")
                    .appendChild(
                            new Element("th").setAttribute("scope", "row").setText(p.label()),
                            new Element("td").setText(p.text())));
        }
        table.appendChild(body);
    }

    /** A click on a bar or slice. */
    @DomEvent("fos-chart-click")
    public static class PointClickEvent extends ComponentEvent<FosChart> {

        private final int index;

        public PointClickEvent(FosChart source, boolean fromClient, @EventData("event.detail.index") int index) {
            super(source, fromClient);
            this.index = index;
        }

        /** The position of the clicked point. */
        public int index() {
            return index;
        }

        /** The clicked point, if it is still in the chart's data. */
        public Optional<ChartPoint> point() {
            List<ChartPoint> points = getSource().getData().points();
            return index >= 0 && index < points.size() ? Optional.of(points.get(index)) : Optional.empty();
        }
    }
}
