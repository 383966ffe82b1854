package com.fashionos.bench.http;

import com.fashionos.bench.measure.Report;
import com.fashionos.bench.support.Stats;
import com.fashionos.crm.api.DraftApiJson;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A bounded HTTP load test from this process against the app on loopback: {@code clients} concurrent clients, each
 * signed in, repeatedly loading the main routes, sometimes signing in afresh, and (with {@link Drafts}) calling the
 * draft API with a brand API token: requesting a draft for one of a sample of real deals and reading back a draft it
 * requested, for {@code duration}. Reports throughput, latency and errors per operation, with a sample of each
 * operation's first error.
 */
public final class LoadTest {

    /** The name of the draft request operation in the report. */
    public static final String DRAFT_POST = "POST " + DraftApiJson.PATH + " (202)";
    /** The name of the draft read operation in the report. */
    public static final String DRAFT_GET = "GET " + DraftApiJson.PATH + "/{id} (200)";

    /** What each client does, in percent of its iterations. */
    public record Mix(int pagePercent, int signInPercent, int draftPostPercent, int draftGetPercent) {}

    /**
     * The draft API part: a brand API token, the deals to request drafts for (a request for a deal whose draft is
     * still running joins it: 202 as well), and the member in whose name the bench rejects its drafts afterwards.
     */
    public record Drafts(String token, List<UUID> dealIds, String rejectAs) {

        public Drafts {
            if (dealIds.isEmpty()) {
                throw new IllegalArgumentException("The draft API load needs at least one deal");
            }
            dealIds = List.copyOf(dealIds);
        }
    }

    static final Mix PAGES_ONLY = new Mix(85, 15, 0, 0);
    static final Mix WITH_DRAFTS = new Mix(70, 10, 10, 10);

    private LoadTest() {}

    public static void run(
            Report report,
            URI base,
            int clients,
            Duration duration,
            String user,
            String password,
            List<String> routes,
            @Nullable Drafts drafts,
            PrintStream log)
            throws Exception {
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("The load test only targets loopback (127.0.0.1), not " + base);
        }
        var mix = drafts == null ? PAGES_ONLY : WITH_DRAFTS;
        var stats = new ConcurrentHashMap<String, Stats>();
        var errors = new ConcurrentHashMap<String, AtomicLong>();
        var errorSamples = new ConcurrentHashMap<String, String>();
        Set<String> draftIds = ConcurrentHashMap.newKeySet();
        var joins = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                long seed = c;
                executor.submit(() -> {
                    var r = new Random(seed);
                    var session = new UiSession(base);
                    var api = drafts == null ? null : new DraftApi(base, drafts.token());
                    String lastDraft = null;
                    try {
                        timed("sign-in", stats, errors, errorSamples, () -> signIn(session, user, password));
                        while (System.nanoTime() < deadline) {
                            int x = r.nextInt(100);
                            if (x < mix.pagePercent()) {
                                String route = routes.get(r.nextInt(routes.size()));
                                timed("page " + route, stats, errors, errorSamples, () -> status(session.load(route)));
                            } else if (x < mix.pagePercent() + mix.signInPercent()) {
                                var fresh = new UiSession(base);
                                timed("sign-in", stats, errors, errorSamples, () -> signIn(fresh, user, password));
                                fresh.close();
                            } else if (api != null && drafts != null) {
                                boolean read = lastDraft != null
                                        && x >= mix.pagePercent() + mix.signInPercent() + mix.draftPostPercent();
                                if (read) {
                                    String id = lastDraft;
                                    timed(DRAFT_GET, stats, errors, errorSamples, () -> expect(api.get(id), 200));
                                } else {
                                    UUID deal = drafts.dealIds()
                                            .get(r.nextInt(drafts.dealIds().size()));
                                    var started = new String[1];
                                    timed(DRAFT_POST, stats, errors, errorSamples, () -> {
                                        var answer = api.start(deal);
                                        if (answer.status() != 202) {
                                            return answer.sample();
                                        }
                                        var handle = DraftApiJson.Started.parse(answer.body());
                                        started[0] = handle.draftId();
                                        if (handle.joined()) {
                                            joins.incrementAndGet();
                                        }
                                        return null;
                                    });
                                    if (started[0] != null) {
                                        lastDraft = started[0];
                                        draftIds.add(started[0]);
                                    }
                                }
                            }
                        }
                    } finally {
                        session.close();
                        if (api != null) {
                            api.close();
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long totalErrors = 0;
        for (var e : new java.util.TreeMap<>(stats).entrySet()) {
            var s = e.getValue();
            long err = errors.getOrDefault(e.getKey(), new AtomicLong()).get();
            totalErrors += err;
            report.line(new Report.Line(
                    "load (" + clients + " clients, " + duration.toSeconds() + " s)",
                    e.getKey()
                            + String.format(Locale.ROOT, " — %.1f req/s, %d errors", s.count() / seconds, err)
                            + (errorSamples.containsKey(e.getKey())
                                    ? " (first: " + errorSamples.get(e.getKey()) + ")"
                                    : ""),
                    Stats.ms(s.p50()),
                    Stats.ms(s.p95()),
                    Stats.ms(s.max()),
                    "–",
                    "0 errors",
                    err == 0 ? "ok" : "**MISS**"));
        }
        long requests = stats.values().stream().mapToLong(Stats::count).sum();
        log.printf(
                Locale.ROOT,
                "  load: %,d operations in %.1f s = %.1f/s, %d errors%n",
                requests,
                seconds,
                requests / seconds,
                totalErrors);
        report.note(String.format(
                Locale.ROOT,
                "Load test: %d clients for %.0f s on %s: %,d operations (%.1f/s), %d errors. Mix per client"
                        + " iteration: %d %% page, %d %% fresh sign-in, %d %% draft request, %d %% draft read. A page"
                        + " operation is the bootstrap GET plus the UI init request; sign-in is GET /login + POST"
                        + " /login.",
                clients,
                seconds,
                base,
                requests,
                requests / seconds,
                totalErrors,
                mix.pagePercent(),
                mix.signInPercent(),
                mix.draftPostPercent(),
                mix.draftGetPercent()));
        if (drafts != null) {
            String cleanup = draftIds.isEmpty() ? "no draft to clean up" : rejectAll(base, drafts, draftIds);
            log.println("  " + cleanup);
            report.note(String.format(
                    Locale.ROOT,
                    "Draft API under load: brand API token (role Agent); a draft request is POST %s {\"dealId\", "
                            + "\"channel\": \"EMAIL\"} for a deal drawn from a seeded sample of %,d open deals whose"
                            + " primary contact has an email (%,d of the requests joined a draft still running for"
                            + " their deal, also 202); a draft read is GET %s/{draftId} of the client's last requested"
                            + " draft (a client reads only after its first request). %,d distinct drafts; %s.",
                    DraftApiJson.PATH,
                    drafts.dealIds().size(),
                    joins.get(),
                    DraftApiJson.PATH,
                    draftIds.size(),
                    cleanup));
        }
    }

    private static String rejectAll(URI base, Drafts drafts, Set<String> draftIds) throws InterruptedException {
        try (var api = new DraftApi(base, drafts.token())) {
            return DraftCleanup.rejectAll(api, draftIds, drafts.rejectAs());
        }
    }

    private static @Nullable String signIn(UiSession session, String user, String password) throws Exception {
        return session.signIn(user, password) ? null : "sign-in refused (redirected back to /login)";
    }

    private static @Nullable String status(int status) {
        return status >= 400 ? "HTTP " + status : null;
    }

    private static @Nullable String expect(DraftApi.Answer answer, int status) {
        return answer.status() == status ? null : answer.sample();
    }

    /** One operation: returns its error (null when it succeeded). */
    @FunctionalInterface
    private interface Op {
        @Nullable
        String call() throws Exception;
    }

    private static void timed(
            String name,
            ConcurrentHashMap<String, Stats> stats,
            ConcurrentHashMap<String, AtomicLong> errors,
            ConcurrentHashMap<String, String> samples,
            Op op) {
        long t0 = System.nanoTime();
        String error;
        try {
            error = op.call();
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        stats.computeIfAbsent(name, k -> new Stats()).addSync(System.nanoTime() - t0);
        if (error != null) {
            errors.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
            samples.putIfAbsent(name, error);
        }
    }
}
