package com.fashionos.bench.measure;

import com.fashionos.bench.http.DraftApi;
import com.fashionos.bench.http.DraftCleanup;
import com.fashionos.bench.support.Stats;
import com.fashionos.crm.api.DraftApiJson;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Neural Draft throughput through the running app, as an external system drives it: N drafts requested at once with
 * {@code POST /api/v1/drafts} (one per deal, none of them joining a running draft), each then read with
 * {@code GET /api/v1/drafts/{id}} every {@link #POLL} until it awaits approval.
 *
 * <p>A draft's time to approval is not when the client noticed: it is the end of the draft's last step before the
 * wait ({@code steps[].finishedAtMillis} in the GET answer, workflow time on the same machine's clock) minus the
 * client's time just before it sent the request, so the polling interval is not part of the figure. Throughput is N
 * over the span from the first request sent to the last draft ready.
 */
public final class DraftThroughput {

    /** The target: drafts to awaiting-approval per second on a 2-core machine. */
    public static final double TARGET_PER_SECOND = 50;

    /**
     * The pause between two reads of one draft. The ready time comes from the draft's own step records, so reading
     * more often adds nothing to the figure, only load: each read is a Temporal query that takes a workflow-task slot
     * from the drafts being measured (200 drafts read every 500 ms cost a quarter of the throughput on 2 cores).
     */
    public static final Duration POLL = Duration.ofSeconds(2);

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** One draft: when it was sent, how long the POST took, when it was ready (all epoch ms), its steps. */
    record One(
            UUID dealId,
            long sentAtMillis,
            long postNanos,
            @Nullable String draftId,
            long readyAtMillis,
            int reads,
            List<DraftApiJson.Step> steps,
            @Nullable String error) {

        static One failed(UUID dealId, long sent, long postNanos, @Nullable String draftId, int reads, String error) {
            return new One(dealId, sent, postNanos, draftId, -1, reads, List.of(), error);
        }
    }

    /** The measured series. */
    public record Result(
            int requested,
            int ready,
            double perSecond,
            Stats latency,
            Stats post,
            int reads,
            Map<String, Stats> steps,
            List<String> errors,
            List<String> draftIds) {}

    private DraftThroughput() {}

    /**
     * Warms up with a draft for each of {@code warmupDeals} at once (class loading, the local model, the JIT; not
     * measured), then requests a draft for each of {@code deals} at once and waits for all; adds the lines and notes
     * to {@code report}, then rejects all these drafts (in the name of {@code rejectAs}) so that none is left waiting.
     */
    public static Result run(
            Report report,
            URI base,
            String token,
            List<UUID> warmupDeals,
            List<UUID> deals,
            String rejectAs,
            Duration poll,
            PrintStream log)
            throws Exception {
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("The draft benchmark only targets loopback (127.0.0.1), not " + base);
        }
        Result result;
        try (var api = new DraftApi(base, token)) {
            var warm = new ArrayList<String>();
            if (!warmupDeals.isEmpty()) {
                Result warmup = measure(api, warmupDeals, poll);
                warm.addAll(warmup.draftIds());
                log.printf(
                        Locale.ROOT,
                        "  warm-up: %d drafts at once, %d ready, p50 %s ms%n",
                        warmup.requested(),
                        warmup.ready(),
                        Stats.ms(warmup.latency().p50()));
                if (!warmup.errors().isEmpty()) {
                    throw new IllegalStateException(
                            "The warm-up drafts failed: " + warmup.errors().getFirst());
                }
            }
            result = measure(api, deals, poll);
            log.printf(
                    Locale.ROOT,
                    "  Neural Draft via the API: %d of %d ready, %.1f drafts/s, p50 %s p95 %s ms, %d reads, %d errors%n",
                    result.ready(),
                    result.requested(),
                    result.perSecond(),
                    Stats.ms(result.latency().p50()),
                    Stats.ms(result.latency().p95()),
                    result.reads(),
                    result.errors().size());
            report(report, result, warmupDeals.size(), poll);
            warm.addAll(result.draftIds());
            String cleanup = DraftCleanup.rejectAll(api, warm, rejectAs);
            log.println("  " + cleanup);
            report.note("Neural Draft clean-up: " + cleanup + ".");
        }
        return result;
    }

    static Result measure(DraftApi api, List<UUID> deals, Duration poll) throws Exception {
        Queue<One> done = new ConcurrentLinkedQueue<>();
        var gate = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (UUID deal : deals) {
                executor.submit(() -> {
                    gate.await();
                    done.add(one(api, deal, poll));
                    return null;
                });
            }
            gate.countDown();
        }
        var latency = new Stats();
        var post = new Stats();
        var steps = new LinkedHashMap<String, Stats>();
        var errors = new ArrayList<String>();
        var draftIds = new ArrayList<String>();
        long firstSent = Long.MAX_VALUE;
        long lastReady = Long.MIN_VALUE;
        int ready = 0;
        int reads = 0;
        for (One o : done) {
            post.add(o.postNanos());
            reads += o.reads();
            if (o.draftId() != null) {
                draftIds.add(o.draftId());
            }
            firstSent = Math.min(firstSent, o.sentAtMillis());
            if (o.error() != null) {
                errors.add("deal " + o.dealId() + ": " + o.error());
                continue;
            }
            ready++;
            lastReady = Math.max(lastReady, o.readyAtMillis());
            latency.add((o.readyAtMillis() - o.sentAtMillis()) * 1_000_000);
            if (!o.steps().isEmpty()) {
                steps.computeIfAbsent("send → first step", k -> new Stats())
                        .add((o.steps().getFirst().startedAtMillis() - o.sentAtMillis()) * 1_000_000);
            }
            for (DraftApiJson.Step s : o.steps()) {
                if (s.finishedAtMillis() != null) {
                    steps.computeIfAbsent(s.step(), k -> new Stats())
                            .add((s.finishedAtMillis() - s.startedAtMillis()) * 1_000_000);
                }
            }
        }
        double seconds = ready == 0 ? Double.NaN : Math.max(1, lastReady - firstSent) / 1000.0;
        return new Result(
                deals.size(), ready, ready / seconds, latency, post, reads, steps, List.copyOf(errors), draftIds);
    }

    private static One one(DraftApi api, UUID dealId, Duration poll) {
        long sent = System.currentTimeMillis();
        long t0 = System.nanoTime();
        long postNanos = 0;
        String draftId = null;
        int reads = 0;
        try {
            DraftApi.Answer answer = api.start(dealId);
            postNanos = System.nanoTime() - t0;
            if (answer.status() != 202) {
                return One.failed(dealId, sent, postNanos, null, 0, "POST " + answer.sample());
            }
            DraftApiJson.Started started = DraftApiJson.Started.parse(answer.body());
            draftId = started.draftId();
            if (started.joined()) {
                return One.failed(dealId, sent, postNanos, draftId, 0, "joined a draft already running for the deal");
            }
            long deadline = t0 + TIMEOUT.toNanos();
            boolean readNow = DraftApiJson.AWAITING_APPROVAL.equals(started.status());
            while (true) {
                if (!readNow) {
                    Thread.sleep(poll);
                }
                readNow = false;
                DraftApi.Answer read = api.get(draftId);
                reads++;
                if (read.status() != 200) {
                    return One.failed(dealId, sent, postNanos, draftId, reads, "GET " + read.sample());
                }
                DraftApiJson.Draft draft = DraftApiJson.Draft.parse(read.body());
                if (draft.awaitingApproval()) {
                    long ready = draft.lastStepFinishedAtMillis()
                            .orElseThrow(() -> new IllegalStateException("awaiting approval without a finished step"));
                    return new One(dealId, sent, postNanos, draftId, ready, reads, draft.steps(), null);
                }
                if (draft.ended()) {
                    return One.failed(
                            dealId, sent, postNanos, draftId, reads, "ended " + draft.status() + ": " + draft.error());
                }
                if (System.nanoTime() > deadline) {
                    return One.failed(
                            dealId,
                            sent,
                            postNanos,
                            draftId,
                            reads,
                            "still " + draft.status() + " after " + TIMEOUT.toMinutes() + " min");
                }
            }
        } catch (Exception e) {
            return One.failed(
                    dealId,
                    sent,
                    postNanos == 0 ? System.nanoTime() - t0 : postNanos,
                    draftId,
                    reads,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void report(Report report, Result r, int warmup, Duration poll) {
        boolean ok = r.errors().isEmpty() && r.perSecond() >= TARGET_PER_SECOND;
        report.line(new Report.Line(
                "workflows",
                String.format(
                        Locale.ROOT,
                        "Neural Draft → AWAITING_APPROVAL through the app's API, %d at once (local provider, embedded"
                                + " Temporal; ready = the draft's last step; %d of %d ready, %d errors%s)",
                        r.requested(),
                        r.ready(),
                        r.requested(),
                        r.errors().size(),
                        r.errors().isEmpty() ? "" : ": " + r.errors().getFirst()),
                Stats.ms(r.latency().p50()),
                Stats.ms(r.latency().p95()),
                Stats.ms(r.latency().max()),
                "–",
                String.format(
                        Locale.ROOT,
                        "≥ %.0f drafts/s: **%.1f drafts/s**",
                        TARGET_PER_SECOND,
                        Double.isNaN(r.perSecond()) ? 0 : r.perSecond()),
                ok ? "ok" : "**MISS**"));
        report.line(new Report.Line(
                "workflows",
                "POST /api/v1/drafts during that burst (202: checks, start, memo read), n="
                        + r.post().count(),
                Stats.ms(r.post().p50()),
                Stats.ms(r.post().p95()),
                Stats.ms(r.post().max()),
                "–",
                "info",
                ""));
        var where = new ArrayList<String>();
        r.steps()
                .forEach((name, s) -> where.add(
                        String.format(Locale.ROOT, "%s %s / %s", name, Stats.ms(s.p50()), Stats.ms(s.p95()))));
        report.note(String.format(
                Locale.ROOT,
                "Neural Draft throughput: after %d warm-up drafts (not measured), %d drafts requested at once through"
                        + " POST /api/v1/drafts (one open deal each, primary contact by email, no draft pending; seeded"
                        + " sample), each then read with GET"
                        + " /api/v1/drafts/{id} every %d ms until AWAITING_APPROVAL (%d reads in all). A draft's"
                        + " time = its last step's end (steps[].finishedAtMillis, workflow time) − the client's time"
                        + " before sending; drafts/s = ready drafts ÷ (last ready − first sent). Where the time went,"
                        + " p50 / p95 ms: %s.",
                warmup,
                r.requested(),
                poll.toMillis(),
                r.reads(),
                where.isEmpty() ? "–" : String.join(", ", where)));
    }
}
