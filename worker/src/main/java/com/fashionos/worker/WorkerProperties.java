package com.fashionos.worker;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether this JVM runs a Temporal worker, and how much it may take on. The defaults suit a small (2-core) box
 * where the worker shares the JVM with the web app; activities mostly wait on the network (models, mail, web
 * pages), so they get more slots than workflow tasks, which use CPU. A workflow task also waits while its local
 * activities run (the quick draft steps), so it gets as many slots as activities. Workflow code runs on virtual
 * threads, so every draft awaiting approval can stay cached (no replay of its history on the next query or update)
 * without holding a platform thread.
 *
 * @param inProcess run a worker in this JVM ({@code FASHIONOS_WORKER_IN_PROCESS}); unset = yes exactly when the
 *     embedded server runs (no {@code fashionos.temporal.target}); the standalone worker app always runs one
 * @param maxConcurrentActivities activity executions at once per task queue
 * @param maxConcurrentWorkflowTasks workflow tasks at once per task queue
 * @param pollers pollers per task queue, for workflow tasks and for activity tasks each
 * @param workflowCacheSize workflow executions kept in memory between tasks (sticky cache)
 * @param maxWorkflowThreads platform threads for cached workflow executions, at least the cache size; unused with
 *     virtual workflow threads
 * @param virtualWorkflowThreads run workflow code on virtual threads ({@code FASHIONOS_WORKER_VIRTUAL_WORKFLOW_THREADS})
 * @param shutdownTimeout how long a closing app waits for running activities to finish
 * @param deadlockDetectionTimeout how long workflow code may hold its thread (or wait to get one) before the SDK
 *     fails the task as a potential deadlock; the SDK's 1 s failed healthy tasks on a saturated 2-core box (a draft
 *     burst), whose retry then waited for the 10 s task timeout
 */
@ConfigurationProperties("fashionos.worker")
public record WorkerProperties(
        @Nullable Boolean inProcess,
        @DefaultValue("8") int maxConcurrentActivities,
        @DefaultValue("8") int maxConcurrentWorkflowTasks,
        @DefaultValue("2") int pollers,
        @DefaultValue("1000") int workflowCacheSize,
        @DefaultValue("200") int maxWorkflowThreads,
        @DefaultValue("true") boolean virtualWorkflowThreads,
        @DefaultValue("10s") Duration shutdownTimeout,
        @DefaultValue("10s") Duration deadlockDetectionTimeout) {

    /** The property that switches the in-process worker on or off. */
    public static final String IN_PROCESS_PROPERTY = "fashionos.worker.in-process";
}
