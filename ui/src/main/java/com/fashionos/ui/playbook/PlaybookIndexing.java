package com.fashionos.ui.playbook;

import com.fashionos.crm.playbook.PlaybookSaved;
import com.fashionos.workflows.playbook.PlaybookIndexResult;
import com.fashionos.workflows.playbook.PlaybookIndexWorkflow;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one path by which a playbook is re-indexed: every save ({@link PlaybookSaved}, after its transaction commits)
 * signal-with-starts {@link PlaybookIndexWorkflow}, whose activity cuts, embeds and stores the sections wherever the
 * activities run (this process in the one-command run, the worker otherwise). A save during a running pass joins it
 * and causes one more pass, so the newest text always wins.
 */
@Service
public class PlaybookIndexing {

    private static final Logger log = LoggerFactory.getLogger(PlaybookIndexing.class);

    private final WorkflowClient temporal;

    PlaybookIndexing(WorkflowClient temporal) {
        this.temporal = temporal;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onSaved(PlaybookSaved saved) {
        try {
            start(saved.brandId(), saved.playbookId());
        } catch (RuntimeException e) {
            // The save stands; the playbook shows "Not indexed" and can be re-indexed from the playbooks page.
            log.warn("Could not start re-indexing playbook {}: {}", saved.playbookId(), e.getMessage());
        }
    }

    /** Starts (or joins, with one more pass) the re-index run of a playbook; returns its workflow id. */
    public String start(UUID brandId, UUID playbookId) {
        PlaybookIndexWorkflow workflow = temporal.newWorkflowStub(
                PlaybookIndexWorkflow.class, PlaybookIndexWorkflow.startOptions(brandId, playbookId));
        BatchRequest batch = temporal.newSignalWithStartRequest();
        batch.add(workflow::index, brandId, playbookId);
        batch.add(workflow::saved);
        temporal.signalWithStart(batch);
        log.info("Re-indexing playbook {} of brand {}", playbookId, brandId);
        return PlaybookIndexWorkflow.workflowId(brandId, playbookId);
    }

    /**
     * The result of the latest re-index run of a playbook (the one a save just started or joined), completing when it
     * ends; fails when the run fails or none exists.
     */
    public CompletableFuture<PlaybookIndexResult> result(UUID brandId, UUID playbookId) {
        return temporal.newUntypedWorkflowStub(
                        PlaybookIndexWorkflow.workflowId(brandId, playbookId), Optional.empty(), Optional.empty())
                .getResultAsync(PlaybookIndexResult.class);
    }
}
