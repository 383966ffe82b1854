package com.fashionos.bench.measure;

import com.fashionos.bench.measure.workflow.BareActivities;
import com.fashionos.bench.measure.workflow.BareWorkflow;
import com.fashionos.bench.measure.workflow.BareWorkflowImpl;
import com.fashionos.bench.support.Stats;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import io.temporal.worker.WorkerFactory;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bare one-activity workflows per second, start to completion, with {@code concurrency} in flight: the ceiling of the
 * Temporal path alone, beside the Neural Draft throughput. Either on the running app's own embedded server (a worker
 * of the bench's on its own task queue, so the drafts and this baseline share one server), or, with no app, on a
 * real-time test server the bench starts in its own process.
 */
public final class WorkflowThroughput {

    static final String TASK_QUEUE = "bench-bare";

    private WorkflowThroughput() {}

    /** On a real-time Temporal test server started here, in the bench's process (no app running). */
    public static void runInProcess(Report report, int workflows, int concurrency, PrintStream log) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (var server = TestServer.createPortBoundServer(port, true)) {
            run(
                    report,
                    "127.0.0.1:" + port,
                    "the bench's own in-process Temporal test server (no app running)",
                    workflows,
                    concurrency,
                    log);
        }
    }

    /**
     * On the Temporal frontend at {@code target} (host:port, namespace default), e.g. the app's embedded server;
     * {@code where} names it in the report.
     */
    public static void run(Report report, String target, String where, int workflows, int concurrency, PrintStream log)
            throws Exception {
        var stubs = WorkflowServiceStubs.newServiceStubs(
                WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
        try {
            var client = WorkflowClient.newInstance(stubs);
            var factory = WorkerFactory.newInstance(client);
            var worker = factory.newWorker(TASK_QUEUE);
            worker.registerWorkflowImplementationTypes(BareWorkflowImpl.class);
            worker.registerActivitiesImplementations((BareActivities) input -> input);
            factory.start();
            int warm = Math.min(20, workflows);
            batch(client, warm, concurrency, new Stats());
            var latency = new Stats();
            long t0 = System.nanoTime();
            batch(client, workflows, concurrency, latency);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double rate = workflows / seconds;
            log.printf(
                    Locale.ROOT,
                    "  bare workflow on %s: %d in %.2f s = %.0f/s, latency p50 %s p95 %s ms%n",
                    target,
                    workflows,
                    seconds,
                    rate,
                    Stats.ms(latency.p50()),
                    Stats.ms(latency.p95()));
            report.line(new Report.Line(
                    "workflows",
                    String.format(
                            Locale.ROOT,
                            "bare one-activity workflow on %s, start → completed (n=%d, %d in flight)",
                            where,
                            workflows,
                            concurrency),
                    Stats.ms(latency.p50()),
                    Stats.ms(latency.p95()),
                    Stats.ms(latency.max()),
                    "–",
                    String.format(
                            Locale.ROOT,
                            "info: **%.0f workflows/s** (the draft target is ≥ %.0f/s)",
                            rate,
                            DraftThroughput.TARGET_PER_SECOND),
                    ""));
            factory.shutdown();
            factory.awaitTermination(10, TimeUnit.SECONDS);
        } finally {
            stubs.shutdownNow();
        }
    }

    private static void batch(WorkflowClient client, int n, int concurrency, Stats latency) throws Exception {
        var permits = new Semaphore(concurrency);
        var futures = new ArrayList<CompletableFuture<String>>(n);
        for (int i = 0; i < n; i++) {
            permits.acquire();
            var wf = client.newWorkflowStub(
                    BareWorkflow.class,
                    WorkflowOptions.newBuilder()
                            .setTaskQueue(TASK_QUEUE)
                            .setWorkflowId("bench-bare-" + System.nanoTime() + "-" + i)
                            .build());
            long start = System.nanoTime();
            var f = WorkflowClient.execute(wf::run, "x").whenComplete((v, e) -> {
                latency.addSync(System.nanoTime() - start);
                permits.release();
            });
            futures.add(f);
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    }
}
