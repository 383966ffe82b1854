package com.fashionos.ui.draft.trigger;

import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.deal.Deal;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStageChanged;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.ui.draft.DraftActor;
import com.fashionos.ui.draft.DraftException;
import com.fashionos.ui.draft.DraftHandle;
import com.fashionos.ui.draft.DraftService;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftTriggers;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts a Neural Draft when a deal enters the brand's {@code draftTriggerStage} (Pitch unless the brand changed it,
 * none when the brand switched it off): to the deal's primary contact, by email when they have an address, else by
 * WhatsApp. Runs after the stage change committed; a second entry while the first draft still runs joins it (the
 * deal-scoped workflow id). A draft that cannot start (no primary contact, no address, Temporal down) never undoes
 * the stage move: it is logged and the "Draft message" button remains.
 */
@Component
class StageChangeDraftTrigger {

    private static final Logger log = LoggerFactory.getLogger(StageChangeDraftTrigger.class);

    private final DraftService drafts;
    private final BrandService brands;
    private final DealService deals;

    private final Executor executor = Executors.newVirtualThreadPerTaskExecutor();

    StageChangeDraftTrigger(DraftService drafts, BrandService brands, DealService deals) {
        this.drafts = drafts;
        this.brands = brands;
        this.deals = deals;
    }

    /**
     * After commit, on a thread of its own: the committed transaction's connection is still bound to this thread
     * (without the tenant), and the user's stage move should not wait for Temporal.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onStageChanged(DealStageChanged event) {
        executor.execute(() -> startAndLog(event));
    }

    private void startAndLog(DealStageChanged event) {
        start(event)
                .ifPresent(handle -> log.info(
                        "Deal {} entered {}: draft {} {}",
                        event.dealId(),
                        event.to(),
                        handle.workflowId(),
                        handle.joined() ? "already running (joined)" : "started"));
    }

    /** Starts (or joins) the draft the event calls for, if any. */
    Optional<DraftHandle> start(DealStageChanged event) {
        try {
            return TenantContext.callAs(event.brandId(), () -> {
                String stage = brands.current()
                        .map(b -> b.settings().draftTriggerStage())
                        .orElse(null);
                if (stage == null || !stage.equals(event.to().name())) {
                    return Optional.empty();
                }
                Deal deal = deals.get(event.dealId()).orElse(null);
                UUID contactId = deal == null ? null : deal.primaryContactId();
                if (contactId == null) {
                    log.info("Deal {} entered {} without a primary contact: no draft", event.dealId(), stage);
                    return Optional.empty();
                }
                Optional<Channel> channel = drafts.preferredChannel(event.brandId(), contactId);
                if (channel.isEmpty()) {
                    log.info("Deal {} entered {}: its contact has neither email nor WhatsApp", event.dealId(), stage);
                    return Optional.empty();
                }
                return Optional.of(drafts.startForDeal(
                        DraftActor.system(event.brandId()), event.dealId(), channel.get(), DraftTriggers.STAGE_PITCH));
            });
        } catch (DraftException | IllegalStateException e) {
            log.warn("Deal {} entered {} but no draft started: {}", event.dealId(), event.to(), e.getMessage());
            return Optional.empty();
        }
    }
}
