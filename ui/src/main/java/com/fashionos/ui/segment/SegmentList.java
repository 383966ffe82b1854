package com.fashionos.ui.segment;

import com.fashionos.crm.common.CountResult;
import com.fashionos.crm.segment.SegmentCount;
import com.fashionos.crm.segment.SegmentService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

/**
 * The sidebar's segments: the brand's built-in segments (VIP Buyers, Milan Media, Beauty Sponsors, Luxury Vendors)
 * and the user's saved ones, each with how many contacts it matches now (an estimate, marked "~", at scale). A
 * segment opens the contact list with {@code ?segment=<id>}, which the list turns into the segment's filter. The
 * list re-reads itself on attach and whenever a {@link SegmentsChanged} is fired on its UI.
 */
@SpringComponent
@Scope("prototype")
public class SegmentList extends Div {

    /** The query parameter the contact list reads. */
    public static final String PARAMETER = "segment";

    private final SegmentService segments;
    final Map<UUID, Span> counts = new LinkedHashMap<>();
    private @Nullable Registration changes;

    SegmentList(SegmentService segments) {
        this.segments = segments;
        addClassName("fos-segments");
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        changes = ComponentUtil.addListener(event.getUI(), SegmentsChanged.class, e -> refresh());
        if (!event.isInitialAttach()) {
            refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (changes != null) {
            changes.remove();
            changes = null;
        }
    }

    /** The count the sidebar shows for a segment ("~1.2K" when estimated), or null when it is not listed. */
    public @Nullable String countText(UUID segmentId) {
        Span count = counts.get(segmentId);
        return count == null ? null : count.getText();
    }

    /** Where a segment opens: the contact list filtered by it. */
    public static String href(UUID segmentId) {
        return "crm/contacts?" + PARAMETER + "=" + segmentId;
    }

    /** Reloads the segments and their counts. */
    public void refresh() {
        removeAll();
        counts.clear();
        List<SegmentCount> list = segments.listWithCounts();
        if (list.isEmpty()) {
            var none = new Paragraph("Saved filters such as VIP Buyers or Milan Media appear here.");
            none.addClassName("fos-sidebar-note");
            add(none);
            return;
        }
        for (SegmentCount sc : list) {
            var name = new Span(sc.segment().name());
            var count = new Span(format(sc.count()));
            count.addClassName("fos-segment-count");
            if (sc.count().estimated()) {
                count.getElement().setAttribute("title", "Estimated");
            }
            counts.put(sc.segment().id(), count);
            var link = new Anchor(href(sc.segment().id()), name, count);
            link.addClassName("fos-segment");
            if (sc.segment().description() != null) {
                link.getElement().setAttribute("title", sc.segment().description());
            }
            link.getElement().setAttribute("data-segment", sc.segment().id().toString());
            add(link);
        }
    }

    static String format(CountResult count) {
        if (count.estimated()) {
            return "~" + compact(count.value());
        }
        return NumberFormat.getIntegerInstance(Locale.UK).format(count.value());
    }

    private static String compact(long value) {
        if (value < 1_000) {
            return Long.toString(value);
        }
        if (value < 1_000_000) {
            return String.format(Locale.UK, "%.1fK", value / 1_000.0);
        }
        return String.format(Locale.UK, "%.1fM", value / 1_000_000.0);
    }
}
