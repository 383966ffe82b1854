package com.fashionos.ui.draft;

import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.playbook.Playbook;
import com.fashionos.crm.playbook.PlaybookService;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.ui.playbook.PlaybookIndexing;
import com.fashionos.workflows.playbook.PlaybookActivities;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Indexes, once at start-up, every active playbook that has no sections in the Retriever's index yet — playbooks
 * written straight to the database (the demo seed) were never saved through {@link PlaybookService}, and a draft
 * without retrieved sections cannot cite its sources. Starts {@code PlaybookIndexWorkflow} for each (the one re-index
 * path); when this process hosts the activities it waits for them (bounded) so the first drafts find the sections,
 * otherwise the worker process indexes them when it polls.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PlaybookIndexWarmup implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(PlaybookIndexWarmup.class);

    /** How long start-up waits, in all, for the in-process activities to index the demo playbooks. */
    private static final Duration WAIT = Duration.ofMinutes(2);

    private final PlaybookService playbooks;
    private final PlaybookIndexing indexing;
    private final ObjectProvider<PlaybookActivities> localActivities;
    private final BrandService brands;

    PlaybookIndexWarmup(
            PlaybookService playbooks,
            PlaybookIndexing indexing,
            ObjectProvider<PlaybookActivities> localActivities,
            BrandService brands) {
        this.playbooks = playbooks;
        this.indexing = indexing;
        this.localActivities = localActivities;
        this.brands = brands;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        boolean wait = localActivities.getIfAvailable() != null;
        List<CompletableFuture<?>> runs = new ArrayList<>();
        for (UUID brandId : brands.allBrandIds()) {
            List<Playbook> unindexed = TenantContext.callAs(brandId, () -> playbooks.list().stream()
                    .filter(Playbook::active)
                    .filter(p -> playbooks.chunks(p.id()).isEmpty())
                    .toList());
            for (Playbook playbook : unindexed) {
                try {
                    indexing.start(brandId, playbook.id());
                    if (wait) {
                        runs.add(indexing.result(brandId, playbook.id()));
                    }
                } catch (RuntimeException e) {
                    log.warn("Could not start indexing playbook \"{}\": {}", playbook.title(), e.getMessage());
                }
            }
        }
        if (runs.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Indexed {} playbook(s) that had no sections for the Retriever", runs.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Indexing the playbooks without sections did not finish at start-up: {}", e.toString());
        }
    }
}
