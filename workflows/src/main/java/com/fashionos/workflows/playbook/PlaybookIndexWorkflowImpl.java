package com.fashionos.workflows.playbook;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;

/**
 * The deterministic re-index loop: a pass re-indexes the playbook; a {@link #saved()} signal received before or
 * during a pass asks for one more. Signal-with-start delivers the starting save too, so the first pass is always run.
 *
 * <p><b>Changing this code once deployed:</b> guard any change in the sequence of activities with {@code
 * Workflow.getVersion} (see {@code NeuralDraftWorkflowImpl}).
 */
public final class PlaybookIndexWorkflowImpl implements PlaybookIndexWorkflow {

    /** A missing playbook (deleted since the save) is not retried. */
    static final String PLAYBOOK_NOT_FOUND = "PlaybookNotFound";

    /**
     * Embedding a large playbook on a busy machine takes seconds, not minutes; retried with backoff for a few minutes
     * (database restarting, model loading), then the run fails and the UI says so.
     */
    static final ActivityOptions REINDEX_OPTIONS = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofMinutes(2))
            .setScheduleToCloseTimeout(Duration.ofMinutes(10))
            .setRetryOptions(RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofSeconds(1))
                    .setBackoffCoefficient(2.0)
                    .setMaximumInterval(Duration.ofSeconds(30))
                    .setMaximumAttempts(5)
                    .setDoNotRetry(PLAYBOOK_NOT_FOUND)
                    .build())
            .build();

    /** At most this many passes per run, so a playbook saved in a tight loop cannot grow one history forever. */
    static final int MAX_PASSES = 20;

    private static final Logger log = Workflow.getLogger(PlaybookIndexWorkflowImpl.class);

    private final PlaybookActivities activities = Workflow.newActivityStub(PlaybookActivities.class, REINDEX_OPTIONS);

    private boolean pending = true;

    @Override
    public PlaybookIndexResult index(UUID brandId, UUID playbookId) {
        int sections = 0;
        int passes = 0;
        while (pending && passes < MAX_PASSES) {
            pending = false;
            sections = activities.reindex(brandId, playbookId);
            passes++;
        }
        if (pending) {
            // Saved again after MAX_PASSES: continue in a fresh run rather than growing this history.
            log.info("Playbook {} still changing after {} passes: continuing as new", playbookId, passes);
            Workflow.continueAsNew(brandId, playbookId);
        }
        log.info("Playbook {} indexed: {} sections in {} pass(es)", playbookId, sections, passes);
        return new PlaybookIndexResult(brandId, playbookId, sections, passes);
    }

    @Override
    public void saved() {
        pending = true;
    }
}
