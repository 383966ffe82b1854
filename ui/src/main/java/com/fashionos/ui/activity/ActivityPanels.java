package com.fashionos.ui.activity;

import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.ActivityType;
import com.fashionos.crm.activity.TaskLinks;
import com.fashionos.ui.security.CurrentUser;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Creates the activity pieces of a record's page for the signed-in user's current brand: the open tasks beside the
 * record's {@link Timeline}, and the dialog that logs a call, note or meeting. Contact 360, account and deal war room
 * share it instead of wiring the same services into each.
 */
@Component
public class ActivityPanels {

    private final ActivityService activities;
    private final ActivityBroadcaster broadcaster;
    private final Display display;
    private final Supplier<UUID> brandId;

    ActivityPanels(
            ActivityService activities, ActivityBroadcaster broadcaster, Display display, CurrentUser currentUser) {
        this.activities = activities;
        this.broadcaster = broadcaster;
        this.display = display;
        // read at each call: the user may have switched brands since
        this.brandId = () -> currentUser.require().currentBrand().id();
    }

    /**
     * The open tasks of the record {@code links} names, picked from its {@code timeline}; adding or completing one
     * refreshes that timeline.
     *
     * @param canEdit whether the user may add and complete tasks
     */
    public TaskPanel tasks(TaskLinks links, Timeline timeline, boolean canEdit) {
        return new TaskPanel(
                activities, broadcaster, display, brandId.get(), links, timeline::entries, canEdit, timeline::refresh);
    }

    /**
     * The dialog that logs an activity with a contact, an account or a deal (the ids that do not apply are null).
     *
     * @param initial the type the dialog starts on
     * @param onLogged called once the activity is saved
     */
    public LogActivityDialog logDialog(
            @Nullable UUID contactId,
            @Nullable UUID accountId,
            @Nullable UUID dealId,
            ActivityType initial,
            Runnable onLogged) {
        return new LogActivityDialog(
                activities, broadcaster, display, brandId.get(), contactId, accountId, dealId, initial, onLogged);
    }
}
