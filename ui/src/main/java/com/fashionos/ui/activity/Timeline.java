package com.fashionos.ui.activity;

import com.fashionos.crm.activity.ActivityType;
import com.fashionos.crm.activity.TimelineEntry;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.deal.Deal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A relationship timeline, newest first, loaded a page at a time from the database: calls, notes, meetings, emails,
 * WhatsApp, tasks and stage changes with who and when (in the user's time zone).
 */
public class Timeline extends Div {

    static final int PAGE = 20;

    private final Display display;
    private final Function<Page, List<TimelineEntry>> loader;
    private final boolean showContext;
    private final Div list = new Div();
    private final Button more = new Button("Show older activity");
    private final Component empty;
    private final List<TimelineEntry> shown = new ArrayList<>();

    /**
     * @param loader one page of entries, newest first
     * @param showContext whether each entry names its contact and deal (for account timelines and feeds)
     * @param empty what to show when there is nothing yet
     */
    public Timeline(Display display, Function<Page, List<TimelineEntry>> loader, boolean showContext, Component empty) {
        this.display = display;
        this.loader = loader;
        this.showContext = showContext;
        this.empty = empty;
        addClassName("fos-timeline");
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> loadMore());
        add(empty, list, more);
        refresh();
    }

    /** Reloads the newest page. */
    public final void refresh() {
        shown.clear();
        list.removeAll();
        append(loader.apply(Page.first(PAGE)));
    }

    /** The entries currently shown, newest first. */
    public List<TimelineEntry> entries() {
        return List.copyOf(shown);
    }

    private void loadMore() {
        append(loader.apply(new Page(shown.size(), PAGE, List.of())));
    }

    private void append(List<TimelineEntry> page) {
        shown.addAll(page);
        page.forEach(entry -> list.add(row(entry)));
        more.setVisible(page.size() == PAGE);
        empty.setVisible(shown.isEmpty());
    }

    private Component row(TimelineEntry entry) {
        Icon icon = icon(entry.type()).create();
        icon.addClassNames(LumoUtility.IconSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var badge = new Div(icon);
        badge.addClassNames(
                LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.FULL,
                LumoUtility.Padding.SMALL,
                LumoUtility.Display.FLEX,
                LumoUtility.Flex.NONE);
        badge.getElement().setAttribute("title", entry.type().label());

        var title = new Span(title(entry));
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, "fos-timeline-title");
        var meta = new Span(meta(entry));
        meta.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var body = new Div(title);
        body.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Flex.GROW);
        if (entry.content() != null
                && !entry.content().isBlank()
                && !entry.content().equals(entry.subject())) {
            var content = new Paragraph(entry.content());
            content.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL, "fos-timeline-content");
            content.getStyle().set("white-space", "pre-line");
            body.add(content);
        }
        body.add(meta);
        if (showContext) {
            var links = new Div();
            links.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FontSize.XSMALL);
            if (entry.contactId() != null && entry.contactName() != null) {
                links.add(link(entry.contactName(), "crm/contacts/" + entry.contactId()));
            }
            if (entry.dealId() != null && entry.dealNumber() != null) {
                links.add(link(Deal.reference(entry.dealNumber()), "crm/deals/" + entry.dealId()));
            }
            body.add(links);
        }
        var row = new Div(badge, body);
        row.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.Padding.SMALL,
                LumoUtility.BorderRadius.MEDIUM,
                "fos-timeline-entry");
        row.getElement().setAttribute("data-type", entry.type().name());
        return row;
    }

    private static Component link(String text, String href) {
        var a = new com.vaadin.flow.component.html.Anchor(href, text);
        return a;
    }

    static String title(TimelineEntry entry) {
        if (entry.type() == ActivityType.TASK) {
            return (entry.completedAt() == null ? "Task: " : "Task done: ")
                    + (entry.subject() == null ? "" : entry.subject());
        }
        if (entry.subject() != null && !entry.subject().isBlank()) {
            return entry.type() == ActivityType.STAGE_CHANGE
                    ? "Stage: " + entry.subject()
                    : entry.type().label() + ": " + entry.subject();
        }
        return entry.type().label();
    }

    private String meta(TimelineEntry entry) {
        var parts = new ArrayList<String>();
        parts.add(entry.type().label());
        if (entry.authorName() != null) {
            parts.add("by " + entry.authorName());
        }
        parts.add(display.when(entry.occurredAt()));
        if (entry.type() == ActivityType.TASK && entry.dueAt() != null && entry.completedAt() == null) {
            parts.add("due " + display.when(entry.dueAt()));
        }
        return String.join(" · ", parts);
    }

    static VaadinIcon icon(ActivityType type) {
        return switch (type) {
            case EMAIL -> VaadinIcon.ENVELOPE_O;
            case WHATSAPP -> VaadinIcon.COMMENT_ELLIPSIS_O;
            case CALL -> VaadinIcon.PHONE;
            case NOTE -> VaadinIcon.NOTEBOOK;
            case MEETING -> VaadinIcon.GROUP;
            case TASK -> VaadinIcon.CHECK_SQUARE_O;
            case STAGE_CHANGE -> VaadinIcon.FLAG_O;
            case AI -> VaadinIcon.LIGHTBULB;
        };
    }
}
