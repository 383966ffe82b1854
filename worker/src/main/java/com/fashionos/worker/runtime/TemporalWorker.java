package com.fashionos.worker.runtime;

import com.fashionos.workflows.TaskQueues;
import com.fashionos.workflows.WorkflowCatalog;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;

/**
 * This JVM's Temporal worker: one {@link Worker} per task queue, with every workflow of the
 * {@link WorkflowRegistrations} on its queue and every activity bean on {@link TaskQueues#CRM}.
 *
 * <p>Polling starts on {@link ApplicationReadyEvent}, not during context refresh: a start-up runner that waits for
 * a workflow result would otherwise deadlock against a worker that is not polling yet. On context close the worker
 * stops taking tasks and gives running ones {@link Limits#shutdownTimeout()} to finish, before any other bean (a
 * data source an activity needs, the connection) is destroyed.
 */
public final class TemporalWorker implements ApplicationListener<ApplicationReadyEvent>, SmartLifecycle, Ordered {

    private static final Logger log = LoggerFactory.getLogger(TemporalWorker.class);

    /**
     * How much the worker takes on at once, per task queue.
     *
     * @param maxConcurrentActivities activity executions at once
     * @param maxConcurrentWorkflowTasks workflow tasks at once
     * @param pollers pollers for workflow tasks and for activity tasks each
     * @param workflowCacheSize workflow executions cached between tasks
     * @param maxWorkflowThreads threads for cached workflow executions (platform threads only)
     * @param virtualWorkflowThreads run workflow code on virtual threads: a cached execution that waits (a draft
     *     awaiting approval) then holds no platform thread, so the cache can be large
     * @param shutdownTimeout wait for running tasks on close
     * @param deadlockDetectionTimeout how long workflow code may hold (or wait for) its thread before the task fails
     */
    public record Limits(
            int maxConcurrentActivities,
            int maxConcurrentWorkflowTasks,
            int pollers,
            int workflowCacheSize,
            int maxWorkflowThreads,
            boolean virtualWorkflowThreads,
            Duration shutdownTimeout,
            Duration deadlockDetectionTimeout) {}

    private final WorkflowClient client;
    private final WorkflowRegistrations workflows;
    private final ListableBeanFactory beans;
    private final Limits limits;
    private volatile WorkerFactory factory;
    private volatile boolean ready;

    /**
     * @param beans where activity beans are looked up when the application is ready
     */
    public TemporalWorker(
            WorkflowClient client, WorkflowRegistrations workflows, ListableBeanFactory beans, Limits limits) {
        this.client = client;
        this.workflows = workflows;
        this.beans = beans;
        this.limits = limits;
        this.factory = newFactory();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ready = true;
        start();
    }

    /**
     * First among the {@link ApplicationReadyEvent} listeners: another listener that starts a workflow and waits for
     * its result (e.g. indexing the playbooks at start-up) must find this worker already polling.
     */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Registers workflows and activity beans, then starts polling. Does nothing when already running. */
    @Override
    public synchronized void start() {
        if (factory.isShutdown()) {
            // a factory never starts twice (and still reports "started" after shutdown): a restart needs a new one
            factory = newFactory();
        } else if (factory.isStarted()) {
            return;
        }
        Map<String, Worker> workers = new LinkedHashMap<>();
        for (Map.Entry<String, List<Class<?>>> queue : workflowsByQueue().entrySet()) {
            Worker worker = workers.computeIfAbsent(queue.getKey(), this::newWorker);
            worker.registerWorkflowImplementationTypes(queue.getValue().toArray(Class<?>[]::new));
        }
        Map<String, Object> activities = ActivityBeans.find(beans);
        if (!activities.isEmpty()) {
            workers.computeIfAbsent(TaskQueues.CRM, this::newWorker)
                    .registerActivitiesImplementations(activities.values().toArray());
        }
        if (workers.isEmpty()) {
            log.warn("Temporal worker has no workflows and no activity beans to register; not polling");
            return;
        }
        factory.start();
        log.info(
                "Temporal worker polling {} in namespace '{}': workflows {}, activity beans {}",
                workers.keySet(),
                client.getOptions().getNamespace(),
                workflows.entries().stream()
                        .map(e -> e.implementation().getSimpleName())
                        .toList(),
                activities.keySet());
    }

    /** The options the worker of {@code taskQueue} polls with, once started. */
    public Optional<WorkerOptions> optionsOf(String taskQueue) {
        return Optional.ofNullable(factory.tryGetWorker(taskQueue)).map(Worker::getWorkerOptions);
    }

    /** Stops polling and waits up to the shutdown timeout for running tasks. */
    @Override
    public synchronized void stop() {
        if (!factory.isStarted() || factory.isShutdown()) {
            return;
        }
        log.info("Stopping the Temporal worker (waiting up to {} for running tasks)", limits.shutdownTimeout());
        factory.shutdown();
        factory.awaitTermination(limits.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (!factory.isTerminated()) {
            log.warn("Temporal worker tasks still running after {}; interrupting them", limits.shutdownTimeout());
            factory.shutdownNow();
        }
    }

    /** Whether the worker is polling. */
    @Override
    public boolean isRunning() {
        WorkerFactory current = factory;
        return current.isStarted() && !current.isShutdown();
    }

    /**
     * Not during the first context refresh (the first start waits for {@link ApplicationReadyEvent}); once the
     * application has been ready, a context that is stopped and started again (e.g. Spring's pausing of inactive test
     * contexts) starts polling again.
     */
    @Override
    public boolean isAutoStartup() {
        return ready;
    }

    private WorkerFactory newFactory() {
        // each cached execution holds a workflow thread: with platform threads the thread limit caps the cache
        int cache = limits.virtualWorkflowThreads()
                ? limits.workflowCacheSize()
                : Math.min(limits.workflowCacheSize(), Math.max(1, limits.maxWorkflowThreads()));
        return WorkerFactory.newInstance(
                client,
                WorkerFactoryOptions.newBuilder()
                        .setWorkflowCacheSize(cache)
                        .setMaxWorkflowThreadCount(Math.max(limits.maxWorkflowThreads(), cache))
                        .setUsingVirtualWorkflowThreads(limits.virtualWorkflowThreads())
                        .build());
    }

    private Worker newWorker(String taskQueue) {
        return factory.newWorker(
                taskQueue,
                WorkerOptions.newBuilder()
                        .setMaxConcurrentActivityExecutionSize(limits.maxConcurrentActivities())
                        .setMaxConcurrentWorkflowTaskExecutionSize(limits.maxConcurrentWorkflowTasks())
                        .setMaxConcurrentLocalActivityExecutionSize(limits.maxConcurrentActivities())
                        .setMaxConcurrentWorkflowTaskPollers(limits.pollers())
                        .setMaxConcurrentActivityTaskPollers(limits.pollers())
                        .setDefaultDeadlockDetectionTimeout(
                                limits.deadlockDetectionTimeout().toMillis())
                        .build());
    }

    private Map<String, List<Class<?>>> workflowsByQueue() {
        Map<String, Set<Class<?>>> byQueue = new LinkedHashMap<>();
        for (WorkflowCatalog.Entry entry : workflows.entries()) {
            byQueue.computeIfAbsent(entry.taskQueue(), q -> new LinkedHashSet<>())
                    .add(entry.implementation());
        }
        Map<String, List<Class<?>>> result = new LinkedHashMap<>();
        byQueue.forEach((queue, types) -> result.put(queue, List.copyOf(types)));
        return result;
    }
}
