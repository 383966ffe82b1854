package com.fashionos.ui.draft;

import com.fashionos.crm.deal.Deal;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.ui.activity.ActivityBroadcaster;
import com.fashionos.ui.security.CurrentUser;
import com.fashionos.ui.security.FashionUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Creates {@link DraftPanel}s for the signed-in user: one for a deal (writing to its primary contact) or for a
 * contact. A view hosts one in its intelligence panel.
 */
@Component
public class DraftPanels {

    private final DraftService drafts;
    private final DraftWatcher watcher;
    private final CurrentUser currentUser;
    private final DealService deals;
    private final ActivityBroadcaster broadcaster;

    DraftPanels(
            DraftService drafts,
            DraftWatcher watcher,
            CurrentUser currentUser,
            DealService deals,
            ActivityBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
        this.drafts = drafts;
        this.watcher = watcher;
        this.currentUser = currentUser;
        this.deals = deals;
    }

    /**
     * The panel of a deal, writing to its primary contact; without one it says so and offers no "Draft message"
     * (drafts started elsewhere still show).
     */
    public DraftPanel forDeal(UUID dealId) {
        DraftActor actor = actor();
        UUID contactId = TenantContext.callAs(
                actor.brandId(),
                () -> deals.get(dealId).map(Deal::primaryContactId).orElse(null));
        return panel(actor, contactId, dealId);
    }

    /** The panel of a contact (drafts not tied to a deal). */
    public DraftPanel forContact(UUID contactId) {
        return panel(actor(), contactId, null);
    }

    /** A panel showing one known draft, e.g. picked from the pending list. */
    public DraftPanel forDraft(String workflowId, UUID contactId, @Nullable UUID dealId) {
        DraftPanel panel = panel(actor(), contactId, dealId);
        panel.show(workflowId);
        return panel;
    }

    /** The signed-in user as a draft actor. */
    public DraftActor actor() {
        return actorOf(currentUser.require());
    }

    static DraftActor actorOf(FashionUser user) {
        return new DraftActor(
                user.currentBrand().id(), user.userId(), user.currentBrand().role());
    }

    private DraftPanel panel(DraftActor actor, @Nullable UUID contactId, @Nullable UUID dealId) {
        // A sent draft or reply is a new timeline entry: tell the brand's open timelines and feeds.
        return new DraftPanel(drafts, watcher, actor, contactId, dealId, () -> broadcaster.announce(actor.brandId()));
    }
}
