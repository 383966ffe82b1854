package com.fashionos.bench.http;

import com.fashionos.bench.measure.Report;
import com.fashionos.bench.support.Stats;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The app's resident memory with N simulated UI sessions held open: each signs in (form login) and loads the main
 * routes (bootstrap page + UI init request each), then stays signed in while VmRSS is read.
 */
public final class SessionsMemory {

    public static final long LIMIT_KB = 1024 * 1024;

    private SessionsMemory() {}

    public static void run(
            Report report,
            URI base,
            long pid,
            int sessions,
            String user,
            String password,
            List<String> routes,
            PrintStream log)
            throws Exception {
        long[] before = AppProcess.rssKb(pid);
        var open = new ArrayList<UiSession>();
        var load = new Stats();
        int failures = 0;
        var statuses = new java.util.TreeMap<Integer, Integer>();
        for (int s = 0; s < sessions; s++) {
            var session = new UiSession(base);
            open.add(session);
            if (!session.signIn(user, password)) {
                failures++;
                continue;
            }
            for (String route : routes) {
                long t0 = System.nanoTime();
                int status = session.load(route);
                load.add(System.nanoTime() - t0);
                statuses.merge(status, 1, Integer::sum);
            }
        }
        Thread.sleep(2000);
        long[] after = AppProcess.rssKb(pid);
        log.printf(
                Locale.ROOT,
                "  RSS before %,d kB, after %d sessions %,d kB (peak %,d kB); init statuses %s%n",
                before[0],
                sessions,
                after[0],
                after[1],
                statuses);
        report.line(new Report.Line(
                "memory",
                String.format(
                        Locale.ROOT,
                        "app RSS with %d signed-in sessions, each loaded %s (idle before: %,d MB)",
                        sessions,
                        routes,
                        before[0] / 1024),
                "–",
                "–",
                "–",
                "–",
                String.format(Locale.ROOT, "RSS ≤ 1024 MB: **%,d MB** (peak %,d MB)", after[0] / 1024, after[1] / 1024),
                after[0] <= LIMIT_KB && failures == 0 ? "ok" : "**MISS**"));
        report.line(new Report.Line(
                "memory",
                "page load during the session run (bootstrap + UI init), n=" + load.count() + ", statuses " + statuses
                        + (failures > 0 ? ", " + failures + " sign-ins FAILED" : ""),
                Stats.ms(load.p50()),
                Stats.ms(load.p95()),
                Stats.ms(load.max()),
                "–",
                "info",
                ""));
        open.forEach(UiSession::close);
    }
}
