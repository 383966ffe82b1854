package com.fashionos.bench.http;

import com.fashionos.bench.measure.Report;
import com.fashionos.bench.support.Stats;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A bounded HTTP load test from this process against the app on loopback: {@code clients} concurrent clients,
 * each signed in, repeatedly loading the main routes, sometimes signing in afresh, and (when a brand API token is
 * given) calling the draft API, for {@code duration}. Reports throughput, latency and errors per operation.
 */
public final class LoadTest {

    /** What each client does, and the share of iterations for each. */
    public record Mix(int pagePercent, int signInPercent, int draftPercent) {}

    private LoadTest() {}

    public static void run(
            Report report,
            URI base,
            int clients,
            Duration duration,
            String user,
            String password,
            List<String> routes,
            @Nullable String apiToken,
            String draftPath,
            String draftJson,
            PrintStream log)
            throws Exception {
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("The load test only targets loopback (127.0.0.1), not " + base);
        }
        var mix = apiToken == null ? new Mix(85, 15, 0) : new Mix(70, 10, 20);
        var stats = new ConcurrentHashMap<String, Stats>();
        var errors = new ConcurrentHashMap<String, AtomicLong>();
        var errorSamples = new ConcurrentHashMap<String, String>();
        long deadline = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                long seed = c;
                executor.submit(() -> {
                    var r = new Random(seed);
                    var session = new UiSession(base);
                    try {
                        timed("sign-in", stats, errors, errorSamples, () -> session.signIn(user, password) ? 302 : 401);
                        while (System.nanoTime() < deadline) {
                            int x = r.nextInt(100);
                            if (x < mix.pagePercent()) {
                                String route = routes.get(r.nextInt(routes.size()));
                                timed("page " + route, stats, errors, errorSamples, () -> session.load(route));
                            } else if (x < mix.pagePercent() + mix.signInPercent()) {
                                var fresh = new UiSession(base);
                                timed(
                                        "sign-in",
                                        stats,
                                        errors,
                                        errorSamples,
                                        () -> fresh.signIn(user, password) ? 302 : 401);
                                fresh.close();
                            } else if (apiToken != null) {
                                timed(
                                        "POST " + draftPath,
                                        stats,
                                        errors,
                                        errorSamples,
                                        () -> session.postJson(draftPath, apiToken, draftJson));
                            }
                        }
                    } finally {
                        session.close();
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
                            + (errorSamples.containsKey(e.getKey()) ? " (" + errorSamples.get(e.getKey()) + ")" : ""),
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
                "Load test: %d clients for %.0f s on %s: %,d operations (%.1f/s), %d errors. A page operation is the"
                        + " bootstrap GET plus the UI init request; sign-in is GET /login + POST /login.",
                clients,
                seconds,
                base,
                requests,
                requests / seconds,
                totalErrors));
    }

    @FunctionalInterface
    private interface Op {
        int call() throws Exception;
    }

    private static void timed(
            String name,
            ConcurrentHashMap<String, Stats> stats,
            ConcurrentHashMap<String, AtomicLong> errors,
            ConcurrentHashMap<String, String> samples,
            Op op) {
        long t0 = System.nanoTime();
        String error = null;
        try {
            int status = op.call();
            if (status >= 400) {
                error = "HTTP " + status;
            }
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
