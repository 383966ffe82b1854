package com.fashionos.ui.bench;

import com.fashionos.crm.contact.ContactForm;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.ui.draft.DraftActor;
import com.fashionos.ui.draft.DraftHandle;
import com.fashionos.ui.draft.DraftService;
import com.fashionos.workflows.TaskQueues;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftState;
import com.fashionos.workflows.draft.DraftStatus;
import com.fashionos.workflows.draft.DraftTriggers;
import com.fashionos.workflows.draft.StepRecord;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Pushes N drafts to AWAITING_APPROVAL on the embedded Temporal server (local model, real database, in-process
 * worker) and N bare one-activity workflows on the same server, all N at once, and reports throughput and latency
 * of each. Not a timed test: the numbers depend on the machine. Run it with
 * {@code ./mvnw -B -pl ui -am verify -Pbench -Dbench.drafts=50} (see README); a three-draft smoke run is part of
 * the normal test suite so it cannot rot.
 */
public final class DraftThroughputBenchmark {

    /**
     * One series: how many, how long in all, the latencies of each, sorted, and the CPU time this JVM (app, worker and
     * embedded Temporal server; PostgreSQL is another process) used meanwhile, which a busy machine does not distort.
     */
    public record Series(String name, int count, Duration wall, List<Duration> latencies, Duration jvmCpu) {

        public double perSecond() {
            return count / Math.max(0.001, wall.toNanos() / 1e9);
        }

        public Duration percentile(double p) {
            int index = (int) Math.ceil(p / 100.0 * latencies.size()) - 1;
            return latencies.get(Math.clamp(index, 0, latencies.size() - 1));
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "%-34s n=%-4d %7.2f /s   p50 %6d ms   p95 %6d ms   max %6d ms   JVM CPU %5.1f ms each",
                    name,
                    count,
                    perSecond(),
                    percentile(50).toMillis(),
                    percentile(95).toMillis(),
                    latencies.getLast().toMillis(),
                    jvmCpu.toNanos() / 1e6 / count);
        }
    }

    /** Both series, and where a draft's time went. */
    public record Result(Series drafts, Series bare, String steps) {

        public String report() {
            return "Neural Draft throughput (embedded Temporal, local model, sandbox, PostgreSQL)\n" + drafts.line()
                    + "\n" + bare.line() + "\n" + "Where a draft's time goes (ms, from the workflow's step records)\n"
                    + steps;
        }
    }

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    /**
     * Pause between two state queries of one draft, as the UI's panel polls. A query is a round trip through the
     * server and the worker, so polling hundreds of drafts every few ms would measure the polling; the moment a draft
     * became ready is read from its own step records instead (the end of its last step), so the pause does not add to
     * the measured latency.
     */
    private static final long POLL_MILLIS = Long.getLong("bench.poll", 2000);

    /** When a draft was started and how long the start call took; its steps are read after the series. */
    private record Started(UUID brandId, String workflowId, long startEpochMillis, long startCallMillis) {}

    private final DraftService drafts;
    private final ContactService contacts;
    private final WorkflowClient temporal;
    private final Queue<Started> started = new ConcurrentLinkedQueue<>();

    public DraftThroughputBenchmark(DraftService drafts, ContactService contacts, WorkflowClient temporal) {
        this.drafts = drafts;
        this.contacts = contacts;
        this.temporal = temporal;
    }

    /** Runs both series with {@code n} at once each, drafts as {@code actor} to one new contact. */
    public Result run(DraftActor actor, int n) throws Exception {
        UUID contactId = TenantContext.callAs(actor.brandId(), () -> contacts.create(
                        ContactForm.named("Benchmark Recipient")
                                .withEmail(
                                        "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@sponsor.example"),
                        "FR")
                .id());
        // warm-up: class loading, the embedding model, the first workflow task
        awaitDraft(actor, contactId);
        bare();
        started.clear();
        Series draftSeries = series("NeuralDraft → AWAITING_APPROVAL", n, () -> awaitDraft(actor, contactId));
        Series bareSeries = series("bare one-activity workflow", n, this::bare);
        return new Result(draftSeries, bareSeries, stepReport());
    }

    /** Writes the report to {@code target/bench/draft-throughput.txt} and returns its path. */
    public static Path write(Result result) throws IOException {
        Path out = Path.of("target", "bench", "draft-throughput.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result.report());
        return out;
    }

    /** One item of a series: its latency, and when it was done (epoch millis). */
    private record Timed(Duration latency, long doneEpochMillis) {}

    private Timed awaitDraft(DraftActor actor, UUID contactId) throws InterruptedException {
        long start = System.nanoTime();
        long startEpochMillis = System.currentTimeMillis();
        DraftHandle handle = drafts.startForContact(actor, contactId, Channel.EMAIL, DraftTriggers.API);
        long startCallMillis = (System.nanoTime() - start) / 1_000_000;
        long deadline = start + TIMEOUT.toNanos();
        while (true) {
            DraftState state =
                    drafts.findState(actor.brandId(), handle.workflowId()).orElse(null);
            if (state != null && state.status().isFinal()) {
                throw new IllegalStateException(
                        "Draft " + handle.workflowId() + " ended " + state.status() + ": " + state.error());
            }
            if (state != null && state.status() == DraftStatus.AWAITING_APPROVAL) {
                long readyEpochMillis = state.steps().stream()
                        .filter(step -> step.finishedAtMillis() != null)
                        .mapToLong(StepRecord::finishedAtMillis)
                        .max()
                        .orElseThrow();
                started.add(new Started(actor.brandId(), handle.workflowId(), startEpochMillis, startCallMillis));
                return new Timed(Duration.ofMillis(Math.max(0, readyEpochMillis - startEpochMillis)), readyEpochMillis);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "Draft " + handle.workflowId() + " did not reach approval in " + TIMEOUT);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * Mean, p50 and p95 of: the start call (database reads, the start, the read-back query), the wait from the start
     * to the first step (the workflow task's time in the queue), and each step (workflow time from its start to its
     * result). Read after the series, so these queries are not measured.
     */
    private String stepReport() {
        Map<String, List<Long>> millis = new LinkedHashMap<>();
        for (Started s : started) {
            DraftState state = drafts.findState(s.brandId(), s.workflowId()).orElseThrow();
            millis.computeIfAbsent("start call", k -> new ArrayList<>()).add(s.startCallMillis());
            millis.computeIfAbsent("start → first step", k -> new ArrayList<>())
                    .add(state.steps().getFirst().startedAtMillis() - s.startEpochMillis());
            for (StepRecord step : state.steps()) {
                long end = step.finishedAtMillis() == null ? step.startedAtMillis() : step.finishedAtMillis();
                millis.computeIfAbsent(step.step(), k -> new ArrayList<>()).add(end - step.startedAtMillis());
            }
        }
        StringBuilder report = new StringBuilder();
        millis.forEach((name, values) -> {
            values.sort(null);
            report.append(String.format(
                    Locale.ROOT,
                    "  %-22s mean %7.1f   p50 %6d   p95 %6d%n",
                    name,
                    values.stream().mapToLong(Long::longValue).average().orElse(0),
                    values.get((values.size() - 1) / 2),
                    values.get(Math.max(0, (int) Math.ceil(0.95 * values.size()) - 1))));
        });
        return report.toString();
    }

    private Timed bare() throws Exception {
        long start = System.nanoTime();
        BareWorkflow stub = temporal.newWorkflowStub(
                BareWorkflow.class,
                WorkflowOptions.newBuilder()
                        .setTaskQueue(TaskQueues.CRM)
                        .setWorkflowId("bench-bare-" + UUID.randomUUID())
                        .build());
        WorkflowClient.start(stub::run, "x");
        WorkflowStub.fromTyped(stub).getResult(TIMEOUT.toSeconds(), TimeUnit.SECONDS, String.class);
        return new Timed(Duration.ofNanos(System.nanoTime() - start), System.currentTimeMillis());
    }

    /** Starts all {@code n} at once; throughput is n over the time from the first start to the last done. */
    private static Series series(String name, int n, Callable<Timed> one) throws Exception {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            long cpuStart = processCpuNanos();
            long startEpochMillis = System.currentTimeMillis();
            List<Future<Timed>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(one));
            }
            List<Duration> latencies = new ArrayList<>();
            long lastDone = startEpochMillis;
            for (Future<Timed> f : futures) {
                Timed timed = f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                latencies.add(timed.latency());
                lastDone = Math.max(lastDone, timed.doneEpochMillis());
            }
            Duration cpu = Duration.ofNanos(processCpuNanos() - cpuStart);
            latencies.sort(null);
            return new Series(name, n, Duration.ofMillis(lastDone - startEpochMillis), List.copyOf(latencies), cpu);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
