package com.fashionos.bench;

import com.fashionos.bench.generate.DataGenerator;
import com.fashionos.bench.http.AppProcess;
import com.fashionos.bench.http.LoadTest;
import com.fashionos.bench.http.SessionsMemory;
import com.fashionos.bench.measure.DraftThroughput;
import com.fashionos.bench.measure.Report;
import com.fashionos.bench.measure.ServiceBenchmarks;
import com.fashionos.bench.measure.WorkflowThroughput;
import com.fashionos.bench.support.ApiAccess;
import com.fashionos.bench.support.BenchApplication;
import com.fashionos.bench.support.Options;
import com.fashionos.crm.api.DraftApiJson;
import com.fashionos.crm.database.DatabaseProperties;
import com.fashionos.crm.database.DatabaseStatus;
import com.fashionos.crm.user.UserAccounts;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bench command line: {@code generate}, {@code run} and {@code load}. See bench/README.md.
 */
public final class BenchMain {

    static final Set<String> DB_OPTIONS = Set.of("db-url", "db-user", "db-password", "db-app-user", "db-app-password");
    static final Set<String> ALL_BENCHMARKS =
            Set.of("grid", "search", "c360", "kanban", "workflow", "sessions", "load");
    /** The benchmarks that need the running app. */
    static final Set<String> APP_BENCHMARKS = Set.of("workflow", "sessions", "load");

    static final List<String> ROUTES = List.of("/crm", "/crm/contacts", "/crm/deals", "/crm/accounts");

    private final PrintStream out;

    BenchMain(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.println("usage: bench generate|run|load [--options]; see bench/README.md");
            return;
        }
        new BenchMain(System.out)
                .execute(args[0], Options.parse(Arrays.asList(args).subList(1, args.length)));
        System.exit(0);
    }

    /** Runs one command; returns the Markdown written (run, load) or a summary (generate). */
    public String execute(String command, Options options) throws Exception {
        return switch (command) {
            case "generate" -> generate(options);
            case "run" -> run(options);
            case "load" -> load(options);
            default -> throw new IllegalArgumentException("Unknown command " + command + "; use generate, run or load");
        };
    }

    private String generate(Options o) throws Exception {
        known(o, "contacts", "accounts", "deals", "activities", "seed", "as-of", "brand", "fast");
        var d = DataGenerator.Spec.defaults();
        int contacts = o.integer("contacts", d.contacts());
        var scaled = DataGenerator.Spec.scaled(contacts, o.number("seed", d.seed()));
        var spec = new DataGenerator.Spec(
                contacts,
                o.integer("accounts", scaled.accounts()),
                o.integer("deals", scaled.deals()),
                o.number("activities", scaled.activities()),
                scaled.seed(),
                o.get("as-of") == null ? d.asOf() : LocalDate.parse(o.get("as-of")),
                o.get("brand", d.brandSlug()),
                o.flag("fast"));
        out.printf(Locale.ROOT, "Generating %s%n", spec);
        try (var ctx = context(o)) {
            var result = new DataGenerator(spec, ctx, out).run();
            return result.toString();
        }
    }

    private String run(Options o) throws Exception {
        known(
                o,
                "brand",
                "iterations",
                "warmup",
                "seed",
                "only",
                "skip",
                "explain",
                "out",
                "workflows",
                "warmup-drafts",
                "app-jar",
                "app-java-opts",
                "base-url",
                "app-pid",
                "temporal-target",
                "sessions",
                "clients",
                "duration",
                "api-token",
                "load-deals",
                "title",
                "grid-cases",
                "user",
                "password");
        var only = new java.util.HashSet<>(o.set("only", ALL_BENCHMARKS));
        only.removeAll(o.set("skip", Set.of()));
        int iterations = o.integer("iterations", 300);
        int warmup = o.integer("warmup", 50);
        var report = new Report();
        var header = new StringBuilder();
        String explains = "";
        try (var ctx = context(o)) {
            var brand = brand(ctx, o.get("brand", "bench-maison"));
            header.append(scale(ctx, brand.getKey()));
            header.append(String.format(
                    Locale.ROOT,
                    "Run %s on %d cores, %d warm-up + %d measured iterations per scenario, inputs varied (seeded).%n%n",
                    ZonedDateTime.now().withNano(0),
                    Runtime.getRuntime().availableProcessors(),
                    warmup,
                    iterations));
            if (only.stream().anyMatch(Set.of("grid", "search", "c360", "kanban")::contains)) {
                out.println("Service benchmarks (service | raw SQL):");
                var bench = new ServiceBenchmarks(
                        ctx,
                        brand.getKey(),
                        brand.getValue(),
                        warmup,
                        iterations,
                        o.number("seed", 7),
                        o.flag("explain"),
                        out);
                bench.onlyGridCases(o.set("grid-cases", Set.of()));
                try {
                    bench.loadSamples();
                    var r = bench.run(only);
                    r.lines().forEach(report::line);
                    explains = bench.explains();
                } finally {
                    bench.close();
                }
                report.note("Raw SQL = the exact statements the service call sent (captured at the JDBC driver,"
                        + " including the brand's set_config), replayed over one plain JDBC connection of the app role"
                        + " in one transaction, reading every column; the service figure includes Spring's"
                        + " transaction(s), the pool and row mapping.");
            }
            if (only.stream().anyMatch(APP_BENCHMARKS::contains)) {
                app(o, ctx, brand, only, report);
            }
        }
        String title = o.get("title", "FashionOS CRM benchmark");
        String md = "# " + title + "\n\n" + header + report.markdown("Results")
                + (explains.isEmpty()
                        ? ""
                        : "\n## EXPLAIN (ANALYZE, BUFFERS) of each scenario's slowest call\n\n" + explains);
        write(o, md);
        return md;
    }

    private String load(Options o) throws Exception {
        known(
                o,
                "base-url",
                "clients",
                "duration",
                "api-token",
                "load-deals",
                "brand",
                "seed",
                "out",
                "app-jar",
                "app-java-opts",
                "title",
                "user",
                "password");
        var report = new Report();
        var base = URI.create(o.get("base-url", "http://127.0.0.1:8080"));
        if (o.get("app-jar") != null) {
            try (var ctx = context(o)) {
                app(o, ctx, brand(ctx, o.get("brand", "bench-maison")), Set.of("load"), report);
            }
        } else if (o.get("api-token") != null) {
            // the bench's database context, to sample the deals the draft requests name
            try (var ctx = context(o)) {
                against(
                        o,
                        ctx,
                        brand(ctx, o.get("brand", "bench-maison")),
                        Set.of("load"),
                        report,
                        new RunningApp(base, "", -1));
            }
        } else {
            loadAgainst(o, base, null, report);
            draftsSkipped(report, "no --api-token given with --base-url");
        }
        String md = "# " + o.get("title", "FashionOS CRM load test") + "\n\n" + report.markdown("Load");
        write(o, md);
        return md;
    }

    /**
     * The benchmarks that need the running app ({@link #APP_BENCHMARKS}): on the app this command starts
     * ({@code --app-jar}: production jar on the bench database, embedded Temporal on a free port, local model, sandbox
     * channels) or on a running one ({@code --base-url}); without either, what can run without it.
     */
    private void app(
            Options o, ConfigurableApplicationContext ctx, Map.Entry<UUID, UUID> brand, Set<String> only, Report report)
            throws Exception {
        String jar = o.get("app-jar");
        String baseUrl = o.get("base-url");
        if (jar != null) {
            var status = ctx.getBean(DatabaseStatus.class);
            var props = ctx.getBean(DatabaseProperties.class);
            int temporalPort = freePort();
            var env = new HashMap<String, String>();
            env.put("FASHIONOS_DB_URL", status.jdbcUrl());
            env.put("FASHIONOS_DB_USERNAME", props.username());
            env.put("FASHIONOS_DB_PASSWORD", props.password());
            env.put("FASHIONOS_DB_APP_USERNAME", props.appUsername());
            env.put("FASHIONOS_DB_APP_PASSWORD", props.appPassword());
            env.put("FASHIONOS_DEMO_ENABLED", "false");
            // embedded Temporal on a port of our own (not another app's 7233), the worker in process, the local
            // model and the sandbox channels whatever this shell has set
            env.put("FASHIONOS_TEMPORAL_TARGET", "");
            env.put("FASHIONOS_TEMPORAL_EMBEDDED_PORT", Integer.toString(temporalPort));
            env.put("FASHIONOS_WORKER_IN_PROCESS", "true");
            env.put("GEMINI_API_KEY", "");
            env.put("SENDGRID_API_KEY", "");
            env.put("TWILIO_ACCOUNT_SID", "");
            var opts = o.get("app-java-opts") == null
                    ? List.<String>of()
                    : List.of(o.get("app-java-opts").split(" "));
            out.println("Starting the app " + jar + " " + opts + ", embedded Temporal on 127.0.0.1:" + temporalPort);
            try (var app = AppProcess.start(Path.of(jar), opts, env, Duration.ofMinutes(4))) {
                out.println("  app pid " + app.pid() + " at " + app.base() + ", log " + app.logFile());
                against(
                        o,
                        ctx,
                        brand,
                        only,
                        report,
                        new RunningApp(app.base(), "127.0.0.1:" + temporalPort, app.pid()));
            }
        } else if (baseUrl != null) {
            long pid = o.number("app-pid", -1);
            against(
                    o,
                    ctx,
                    brand,
                    only,
                    report,
                    new RunningApp(URI.create(baseUrl), o.get("temporal-target", "127.0.0.1:7233"), pid));
        } else {
            String why = "no app: give --app-jar, or --base-url with --api-token";
            if (only.contains("workflow")) {
                out.println("Workflow throughput (no app: the bare workflow only):");
                int n = o.integer("workflows", 200);
                WorkflowThroughput.runInProcess(report, n, n, out);
                workflowSkipped(report, why);
            }
            if (only.contains("sessions")) {
                sessionsSkipped(report, why);
            }
            if (only.contains("load")) {
                skipped(report, "load", "pages, sign-in and the draft API", "0 errors", why);
            }
        }
    }

    /** The app the HTTP and workflow benchmarks run against. {@code pid} -1 when unknown. */
    private record RunningApp(URI base, String temporalTarget, long pid) {}

    private void against(
            Options o,
            ConfigurableApplicationContext ctx,
            Map.Entry<UUID, UUID> brand,
            Set<String> only,
            Report report,
            RunningApp app)
            throws Exception {
        UUID brandId = brand.getKey();
        UUID ownerId = brand.getValue();
        String user = o.get("user", DataGenerator.OWNER_EMAIL);
        String token = o.get("api-token");
        String createdToken = null;
        boolean needsToken = only.contains("workflow") || only.contains("load");
        if (token == null && needsToken && o.get("app-jar") != null) {
            createdToken = "bench " + Instant.now();
            token = ApiAccess.createToken(ctx, brandId, ownerId, createdToken);
            out.println("  API token \"" + createdToken + "\" created for the bench brand (role " + ApiAccess.TOKEN_ROLE
                    + "), revoked at the end");
        }
        try {
            if (only.contains("sessions")) {
                if (app.pid() < 0) {
                    sessionsSkipped(report, "give --app-pid with --base-url");
                } else {
                    SessionsMemory.run(
                            report,
                            app.base(),
                            app.pid(),
                            o.integer("sessions", 20),
                            user,
                            o.get("password", DataGenerator.PASSWORD),
                            ROUTES,
                            out);
                }
            }
            if (only.contains("workflow")) {
                if (token == null) {
                    workflowSkipped(report, "--base-url needs --api-token (a brand API token of role Agent)");
                } else {
                    draftThroughput(o, ctx, brandId, user, token, app, report);
                }
            }
            if (only.contains("load")) {
                LoadTest.Drafts drafts = null;
                if (token == null) {
                    draftsSkipped(report, "--base-url needs --api-token (a brand API token of role Agent)");
                } else {
                    var deals =
                            ApiAccess.sampleDeals(ctx, brandId, o.integer("load-deals", 2000), o.number("seed", 7) + 1);
                    if (deals.isEmpty()) {
                        draftsSkipped(report, "the brand has no open deal with a primary contact by email");
                    } else {
                        drafts = new LoadTest.Drafts(token, deals, user);
                    }
                }
                loadAgainst(o, app.base(), drafts, report);
            }
        } finally {
            if (createdToken != null) {
                int revoked = ApiAccess.revokeToken(ctx, brandId, ownerId, createdToken);
                out.println("  API token \"" + createdToken + "\" revoked (" + revoked + ")");
            }
        }
    }
    /**
     * Neural Draft throughput through the app's API ({@link DraftThroughput}), then as many bare one-activity
     * workflows on the same Temporal server, each series all at once.
     */
    private void draftThroughput(
            Options o,
            ConfigurableApplicationContext ctx,
            UUID brandId,
            String rejectAs,
            String token,
            RunningApp app,
            Report report)
            throws Exception {
        int n = o.integer("workflows", 200);
        out.println("Neural Draft throughput through " + app.base() + DraftApiJson.PATH + " (" + n + " at once):");
        // a burst as large as the measured one first: the app's JIT compiles the draft path during it, not during
        // the measurement (a server that has run for a while is compiled)
        int warm = o.integer("warmup-drafts", n);
        var deals = ApiAccess.sampleDeals(ctx, brandId, warm + n, o.number("seed", 7));
        if (deals.size() < warm + n) {
            throw new IllegalStateException("Only " + deals.size() + " open deals with a primary contact by email and"
                    + " no pending draft in the bench brand; --workflows " + n + " needs " + (warm + n)
                    + " (with " + warm + " for the warm-up)");
        }
        DraftThroughput.run(
                report,
                app.base(),
                token,
                deals.subList(0, warm),
                deals.subList(warm, warm + n),
                rejectAs,
                DraftThroughput.POLL,
                out);
        WorkflowThroughput.run(
                report,
                app.temporalTarget(),
                "the app's Temporal server (" + app.temporalTarget() + ", a worker of the bench's)",
                n,
                n,
                out);
    }

    private static void sessionsSkipped(Report report, String why) {
        skipped(report, "memory", "app RSS with 20 sessions", "RSS ≤ 1024 MB", why);
    }

    private void loadAgainst(Options o, URI base, LoadTest.@Nullable Drafts drafts, Report report) throws Exception {
        out.println("Load test against " + base + (drafts == null ? " (no draft API)" : ""));
        LoadTest.run(
                report,
                base,
                o.integer("clients", 50),
                Duration.ofSeconds(o.integer("duration", 30)),
                o.get("user", DataGenerator.OWNER_EMAIL),
                o.get("password", DataGenerator.PASSWORD),
                ROUTES,
                drafts,
                out);
    }

    private static void workflowSkipped(Report report, String why) {
        report.line(new Report.Line(
                "workflows",
                "Neural Draft → AWAITING_APPROVAL through the app's API",
                "–",
                "–",
                "–",
                "–",
                "≥ " + (int) DraftThroughput.TARGET_PER_SECOND + " drafts/s",
                "skipped (" + why + ")"));
    }

    private static void draftsSkipped(Report report, String why) {
        skipped(report, "load", LoadTest.DRAFT_POST + " and " + LoadTest.DRAFT_GET, "0 errors", why);
    }

    /** A line for a measure that could not run, and why. */
    private static void skipped(Report report, String area, String measure, String target, String why) {
        report.line(new Report.Line(area, measure, "–", "–", "–", "–", target, "skipped (" + why + ")"));
    }

    private static int freePort() throws java.io.IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Map.Entry<UUID, UUID> brand(ConfigurableApplicationContext ctx, String slug) {
        var users = ctx.getBean(UserAccounts.class);
        var owner = users.findByEmail(DataGenerator.OWNER_EMAIL)
                .orElseThrow(() -> new IllegalStateException("No generated data: run `generate` first"));
        var membership = users.membershipsOf(owner.id()).stream()
                .filter(m -> m.brandSlug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No brand '" + slug + "': run `generate` first"));
        return Map.entry(membership.brandId(), owner.id());
    }

    private static String scale(ConfigurableApplicationContext ctx, UUID brandId) throws Exception {
        var status = ctx.getBean(DatabaseStatus.class);
        var props = ctx.getBean(DatabaseProperties.class);
        var counts = new LinkedHashMap<String, Long>();
        String version;
        try (var con = DriverManager.getConnection(status.jdbcUrl(), props.username(), props.password());
                var st = con.createStatement()) {
            for (String t : List.of("contacts", "accounts", "deals", "deal_contacts", "activities")) {
                try (var rs = st.executeQuery("SELECT reltuples::bigint FROM pg_class WHERE relname = '" + t + "'")) {
                    counts.put(t, rs.next() ? rs.getLong(1) : -1);
                }
            }
            try (var rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1);
            }
        }
        var parts = new ArrayList<String>();
        counts.forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s ≈ %,d", k, v)));
        return "Data: " + String.join(", ", parts) + " (planner statistics, all brands; bench brand " + brandId
                + "). PostgreSQL " + version + ".\n\n";
    }

    private void write(Options o, String md) throws Exception {
        out.println();
        out.println(md);
        Path file = Path.of(o.get(
                "out",
                Files.isDirectory(Path.of("bench", "target"))
                        ? "bench/target/bench-results.md"
                        : "target/bench-results.md"));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, md);
        out.println("Written to " + file.toAbsolutePath());
    }

    private static ConfigurableApplicationContext context(Options o) {
        var db = new HashMap<String, String>();
        put(db, "url", o.get("db-url"));
        put(db, "username", o.get("db-user"));
        put(db, "password", o.get("db-password"));
        put(db, "app-username", o.get("db-app-user"));
        put(db, "app-password", o.get("db-app-password"));
        return BenchApplication.start(db);
    }

    private static void put(Map<String, String> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void known(Options o, String... names) {
        var all = new java.util.HashSet<>(DB_OPTIONS);
        all.addAll(List.of(names));
        o.only(all);
    }
}
