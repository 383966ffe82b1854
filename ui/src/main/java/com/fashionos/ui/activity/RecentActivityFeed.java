package com.fashionos.ui.activity;

import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.TimelineEntry;
import com.fashionos.ui.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.springframework.context.annotation.Scope;

/**
 * The sidebar's mini-feed of the brand's newest activities. It refreshes through server push whenever the
 * {@link ActivityBroadcaster} announces a change for the brand, reading with the brand bound via
 * {@link TenantAccess} (push runs without a request).
 */
@SpringComponent
@Scope("prototype")
public class RecentActivityFeed extends Div {

    static final int SIZE = 6;

    private final ActivityService activities;
    private final Display display;

    RecentActivityFeed(
            ActivityService activities, ActivityBroadcaster broadcaster, CurrentUser currentUser, Display display) {
        this.activities = activities;
        this.display = display;
        addClassNames("fos-feed", "fos-recent-feed");
        refresh();
        LiveRefresh.whileAttached(this, broadcaster, currentUser, this::refresh);
    }

    /** Reloads the newest entries. */
    public void refresh() {
        show(activities.recent(SIZE));
    }

    void show(List<TimelineEntry> entries) {
        removeAll();
        if (entries.isEmpty()) {
            var none =
                    new Paragraph("Calls, notes, emails and stage changes of your team show up here as they happen.");
            none.addClassName("fos-sidebar-note");
            add(none);
            return;
        }
        entries.forEach(entry -> add(row(entry)));
    }

    private Component row(TimelineEntry entry) {
        String who = entry.contactName() != null
                ? entry.contactName()
                : entry.dealTitle() != null ? entry.dealTitle() : entry.accountName();
        var what = new Span(Timeline.title(entry) + (who == null ? "" : " · " + who));
        what.addClassName("fos-feed-what");
        var when = new Span(
                display.when(entry.occurredAt()) + (entry.authorName() == null ? "" : " · " + entry.authorName()));
        when.addClassName("fos-feed-when");
        String href = entry.dealId() != null
                ? "crm/deals/" + entry.dealId()
                : entry.contactId() != null
                        ? "crm/contacts/" + entry.contactId()
                        : entry.accountId() != null ? "crm/accounts/" + entry.accountId() : "crm";
        var item = new Anchor(href, what, when);
        item.addClassName("fos-feed-item");
        item.getStyle().set("text-decoration", "none").set("min-width", "0");
        return item;
    }
}
