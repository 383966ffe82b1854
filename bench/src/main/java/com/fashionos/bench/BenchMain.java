package com.fashionos.bench;

import com.fashionos.bench.generate.DataGenerator;
import com.fashionos.bench.http.AppProcess;
import com.fashionos.bench.http.LoadTest;
import com.fashionos.bench.http.SessionsMemory;
import com.fashionos.bench.measure.Report;
import com.fashionos.bench.measure.ServiceBenchmarks;
import com.fashionos.bench.measure.WorkflowThroughput;
import com.fashionos.bench.support.BenchApplication;
import com.fashionos.bench.support.Options;
import com.fashionos.crm.database.DatabaseProperties;
import com.fashionos.crm.database.DatabaseStatus;
import com.fashionos.crm.user.UserAccounts;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
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
                "workflow-concurrency",
                "app-jar",
                "app-java-opts",
                "base-url",
                "app-pid",
                "sessions",
                "clients",
                "duration",
                "api-token",
                "draft-path",
                "draft-json",
                "title",
                "grid-cases",
                "user",
                "password");
        var only = new java.util.HashSet<>(o.set("only", ALL_BENCHMARKS));
        only.removeAll(o.set("skip", Set.of()));
        int iterations = o.integer("iterations", 100);
        int warmup = o.integer("warmup", 20);
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
            if (only.contains("workflow")) {
                out.println("Workflow throughput:");
                WorkflowThroughput.run(report, o.integer("workflows", 500), o.integer("workflow-concurrency", 50), out);
                report.line(new Report.Line(
                        "workflows",
                        "Neural Draft to awaiting-approval (local provider)",
                        "–",
                        "–",
                        "–",
                        "–",
                        "≥ 50 drafts/s",
                        "pending"));
                report.note("Neural Draft throughput: pending. No draft benchmark runner exists yet on branch"
                        + " ui-drafts and the draft workflow has not landed on this branch; the bare one-activity"
                        + " workflow above is the ceiling the embedded server allows on this machine.");
            }
            if (only.contains("sessions") || only.contains("load")) {
                http(o, ctx, only, report);
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
                "draft-path",
                "draft-json",
                "out",
                "app-jar",
                "app-java-opts",
                "title",
                "user",
                "password");
        var report = new Report();
        if (o.get("app-jar") != null) {
            try (var ctx = context(o)) {
                http(o, ctx, Set.of("load"), report);
            }
        } else {
            loadAgainst(o, URI.create(o.get("base-url", "http://127.0.0.1:8080")), report);
        }
        String md = "# " + o.get("title", "FashionOS CRM load test") + "\n\n" + report.markdown("Load");
        write(o, md);
        return md;
    }

    private void http(Options o, ConfigurableApplicationContext ctx, Set<String> only, Report report) throws Exception {
        String jar = o.get("app-jar");
        String baseUrl = o.get("base-url");
        if (jar == null && baseUrl == null) {
            report.line(new Report.Line(
                    "memory",
                    "app RSS with 20 sessions",
                    "–",
                    "–",
                    "–",
                    "–",
                    "RSS ≤ 1024 MB",
                    "skipped (no --app-jar)"));
            return;
        }
        if (jar != null) {
            var status = ctx.getBean(DatabaseStatus.class);
            var props = ctx.getBean(DatabaseProperties.class);
            var env = new HashMap<String, String>();
            env.put("FASHIONOS_DB_URL", status.jdbcUrl());
            env.put("FASHIONOS_DB_USERNAME", props.username());
            env.put("FASHIONOS_DB_PASSWORD", props.password());
            env.put("FASHIONOS_DB_APP_USERNAME", props.appUsername());
            env.put("FASHIONOS_DB_APP_PASSWORD", props.appPassword());
            env.put("FASHIONOS_DEMO_ENABLED", "false");
            var opts = o.get("app-java-opts") == null
                    ? List.<String>of()
                    : List.of(o.get("app-java-opts").split(" "));
            out.println("Starting the app " + jar + " " + opts);
            try (var app = AppProcess.start(Path.of(jar), opts, env, Duration.ofMinutes(4))) {
                out.println("  app pid " + app.pid() + " at " + app.base() + ", log " + app.logFile());
                if (only.contains("sessions")) {
                    SessionsMemory.run(
                            report,
                            app.base(),
                            app.pid(),
                            o.integer("sessions", 20),
                            o.get("user", DataGenerator.OWNER_EMAIL),
                            o.get("password", DataGenerator.PASSWORD),
                            ROUTES,
                            out);
                }
                if (only.contains("load")) {
                    loadAgainst(o, app.base(), report);
                }
            }
        } else {
            var base = URI.create(baseUrl);
            if (only.contains("sessions") && o.get("app-pid") != null) {
                SessionsMemory.run(
                        report,
                        base,
                        o.number("app-pid", -1),
                        o.integer("sessions", 20),
                        o.get("user", DataGenerator.OWNER_EMAIL),
                        o.get("password", DataGenerator.PASSWORD),
                        ROUTES,
                        out);
            }
            if (only.contains("load")) {
                loadAgainst(o, base, report);
            }
        }
    }

    private void loadAgainst(Options o, URI base, Report report) throws Exception {
        out.println("Load test against " + base);
        LoadTest.run(
                report,
                base,
                o.integer("clients", 50),
                Duration.ofSeconds(o.integer("duration", 30)),
                o.get("user", DataGenerator.OWNER_EMAIL),
                o.get("password", DataGenerator.PASSWORD),
                ROUTES,
                o.get("api-token"),
                o.get("draft-path", "/api/v1/drafts"),
                o.get(
                        "draft-json",
                        "{\"dealNumber\": 1001, \"channel\": \"EMAIL\", \"instructions\": \"Short pitch\"}"),
                out);
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
