package com.fashionos.bench.measure;

import com.fashionos.bench.support.SqlCapture;
import com.fashionos.bench.support.Stats;
import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.SortOrder;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.contact.SentimentBand;
import com.fashionos.crm.contact.TagMatch;
import com.fashionos.crm.database.DatabaseProperties;
import com.fashionos.crm.database.DatabaseStatus;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.crm.search.GlobalSearch;
import com.fashionos.crm.tenant.TenantContext;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/**
 * Times the services the UI calls (contacts grid, global search, Contact 360, kanban), each call in its own
 * transaction(s) with the brand bound exactly as in the app, and beside it the raw SQL: the very statements the
 * call sent (recorded by {@link SqlCapture}), replayed over a plain JDBC connection of the application role in one
 * transaction, every column of every row read.
 */
public final class ServiceBenchmarks {

    /** The p95 limits of the issue (ms) and the service-to-raw factor of the grid. */
    public static final double GRID_P95_MS = 30,
            GRID_RAW_FACTOR = 2,
            SEARCH_P95_MS = 50,
            C360_P95_MS = 50,
            KANBAN_P95_MS = 50;

    private final ApplicationContext context;
    private final UUID brandId;
    private final UUID userId;
    private final int warmup;
    private final int iterations;
    private final PrintStream log;
    private final Random random;
    private final Connection raw;
    private final boolean explain;
    private final StringBuilder explains = new StringBuilder();
    private Set<String> gridFilter = Set.of();

    private final ContactService contacts;
    private final GlobalSearch search;
    private final ActivityService activities;
    private final DealService deals;

    private Samples samples = new Samples(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public ServiceBenchmarks(
            ApplicationContext context,
            UUID brandId,
            UUID userId,
            int warmup,
            int iterations,
            long seed,
            boolean explain,
            PrintStream log)
            throws SQLException {
        this.context = context;
        this.brandId = brandId;
        this.userId = userId;
        this.warmup = warmup;
        this.iterations = iterations;
        this.explain = explain;
        this.log = log;
        this.random = new Random(seed);
        var status = context.getBean(DatabaseStatus.class);
        var props = context.getBean(DatabaseProperties.class);
        this.raw = DriverManager.getConnection(status.jdbcUrl(), status.appUsername(), props.appPassword());
        this.contacts = context.getBean(ContactService.class);
        this.search = context.getBean(GlobalSearch.class);
        this.activities = context.getBean(ActivityService.class);
        this.deals = context.getBean(DealService.class);
    }

    /** Values of the generated data to vary the inputs with. */
    record Samples(
            List<UUID> contactIds,
            List<UUID> activeContactIds,
            List<String> names,
            List<UUID> owners,
            List<Long> dealNumbers,
            List<String> accountNames) {}

    /** Only the grid scenarios whose name contains one of these (all when empty). */
    public void onlyGridCases(Set<String> names) {
        this.gridFilter = Set.copyOf(names);
    }

    public void loadSamples() throws SQLException {
        raw.setAutoCommit(false);
        try (var st = raw.createStatement()) {
            st.execute("SELECT set_config('app.brand_id', '" + brandId + "', true)");
            long n = scalar("SELECT reltuples::bigint FROM pg_class WHERE relname = 'contacts'");
            double pct = Math.min(100, Math.max(0.01, 100.0 * 400 / Math.max(1, n)));
            var ids = new ArrayList<UUID>();
            var names = new ArrayList<String>();
            try (var rs = st.executeQuery("SELECT id, name FROM contacts TABLESAMPLE BERNOULLI (" + pct
                    + ") REPEATABLE (42) WHERE deleted_at IS NULL LIMIT 400")) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                    names.add(rs.getString(2));
                }
            }
            var active = uuids(st, """
                    SELECT contact_id FROM activities
                    WHERE occurred_at > now() - interval '3 days' AND contact_id IS NOT NULL AND deleted_at IS NULL
                    GROUP BY contact_id ORDER BY count(*) DESC, contact_id LIMIT 40""");
            var owners = uuids(st, "SELECT user_id FROM memberships WHERE brand_id = '" + brandId + "'");
            var numbers = new ArrayList<Long>();
            try (var rs = st.executeQuery("SELECT min(number), max(number) FROM deals")) {
                rs.next();
                long lo = rs.getLong(1), hi = rs.getLong(2);
                for (int i = 0; i < 100 && hi > 0; i++) {
                    numbers.add(lo + (long) (random.nextDouble() * (hi - lo)));
                }
            }
            var accounts = new ArrayList<String>();
            try (var rs = st.executeQuery("SELECT name FROM accounts LIMIT 100")) {
                while (rs.next()) {
                    accounts.add(rs.getString(1));
                }
            }
            samples = new Samples(ids, active, names, owners, numbers, accounts);
        } finally {
            raw.rollback();
            raw.setAutoCommit(true);
        }
        if (samples.contactIds().isEmpty()) {
            throw new IllegalStateException("The brand has no contacts: run the generator first");
        }
    }

    private long scalar(String sql) throws SQLException {
        try (var st = raw.createStatement();
                var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<UUID> uuids(java.sql.Statement st, String sql) throws SQLException {
        var list = new ArrayList<UUID>();
        try (var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                list.add(rs.getObject(1, UUID.class));
            }
        }
        return list;
    }

    // ---------------------------------------------------------------- scenarios

    /** A contacts grid scenario: filter and sort varied per iteration. */
    record GridCase(String name, Function<Random, ContactFilter> filter, Function<Random, Page> page) {}

    List<GridCase> gridCases() {
        var s = samples;
        Function<Random, Page> scroll = r -> Page.of(50 * pickScroll(r), 50, SortOrder.asc("name"));
        return List.of(
                new GridCase("all, by name", r -> ContactFilter.all(), scroll),
                new GridCase(
                        "all, last activity ↓",
                        r -> ContactFilter.all(),
                        r -> Page.of(50 * pickScroll(r), 50, SortOrder.desc("lastActivity"))),
                new GridCase(
                        "all, open deal value ↓",
                        r -> ContactFilter.all(),
                        r -> Page.of(50 * pickScroll(r), 50, SortOrder.desc("openDealValue"))),
                new GridCase(
                        "all, account name",
                        r -> ContactFilter.all(),
                        r -> Page.of(50 * pickScroll(r), 50, SortOrder.asc("account"))),
                new GridCase(
                        "sentiment band, by sentiment ↓",
                        r -> ContactFilter.all().withSentiment(SentimentBand.values()[r.nextInt(3)]),
                        r -> Page.of(50 * pickScroll(r), 50, SortOrder.desc("sentiment"))),
                new GridCase(
                        "active within N days, last activity ↓",
                        r -> ContactFilter.all()
                                .withLastActiveWithinDays(List.of(7, 30, 90).get(r.nextInt(3))),
                        r -> Page.of(50 * pickScroll(r), 50, SortOrder.desc("lastActivity"))),
                new GridCase(
                        "inactive for N days, by name",
                        r -> ContactFilter.all()
                                .withInactiveForDays(List.of(90, 180, 365).get(r.nextInt(3))),
                        scroll),
                new GridCase("tag, by name", r -> ContactFilter.all().withTags(Set.of(tag(r)), TagMatch.ALL), scroll),
                new GridCase(
                        "two tags ANY, last activity ↓",
                        r -> ContactFilter.all().withTags(twoTags(r), TagMatch.ANY),
                        r -> Page.of(50 * pickScroll(r), 50, SortOrder.desc("lastActivity"))),
                new GridCase(
                        "account type, by name",
                        r -> ContactFilter.all().withAccountType(AccountType.values()[r.nextInt(4)]),
                        scroll),
                new GridCase(
                        "role contains, by name",
                        r -> ContactFilter.all()
                                .withRole(List.of("editor", "stylist", "buyer", "director", "pr ", "founder")
                                        .get(r.nextInt(6))),
                        scroll),
                new GridCase(
                        "text (name fragment), by name",
                        r -> ContactFilter.all().withText(fragment(r, s.names())),
                        r -> Page.first(50)),
                new GridCase(
                        "min open deal value, value ↓",
                        r -> ContactFilter.all()
                                .withMinDealValue(BigDecimal.valueOf(
                                        List.of(10_000, 50_000, 200_000).get(r.nextInt(3)))),
                        r -> Page.of(50 * pickScroll(r), 50, SortOrder.desc("openDealValue"))),
                new GridCase(
                        "owner, last activity ↓",
                        r -> ContactFilter.all()
                                .withOwnerId(s.owners().get(r.nextInt(s.owners().size()))),
                        r -> Page.of(50 * pickScroll(r), 50, SortOrder.desc("lastActivity"))),
                new GridCase(
                        "owner + positive + tag, by name",
                        r -> ContactFilter.all()
                                .withOwnerId(s.owners().get(r.nextInt(s.owners().size())))
                                .withSentiment(SentimentBand.POSITIVE)
                                .withTags(Set.of(tag(r)), TagMatch.ALL),
                        scroll));
    }

    /** Mostly the first pages (what a user sees), sometimes scrolled down to row 1,000. */
    private static int pickScroll(Random r) {
        return r.nextInt(10) < 6 ? 0 : r.nextInt(1, 20);
    }

    private static String tag(Random r) {
        var tags = List.of(
                "vip",
                "press",
                "influencer",
                "sponsor",
                "buyer",
                "paris-fw",
                "milan-fw",
                "ss25",
                "beauty",
                "couture",
                "asia",
                "newsletter");
        return tags.get(r.nextInt(tags.size()));
    }

    private static Set<String> twoTags(Random r) {
        var tags = new java.util.HashSet<String>();
        tags.add(tag(r));
        tags.add(tag(r));
        return tags;
    }

    private static String fragment(Random r, List<String> names) {
        String name = names.get(r.nextInt(names.size()));
        String[] words = name.split(" ");
        String w = words[words.length - 1];
        int len = Math.min(w.length(), 3 + r.nextInt(3));
        int start = r.nextInt(Math.max(1, w.length() - len + 1));
        return w.substring(start, start + len);
    }

    // ---------------------------------------------------------------- runs

    public Report run(Set<String> only) throws SQLException {
        var report = new Report();
        if (only.contains("grid")) {
            grid(report);
        }
        if (only.contains("search")) {
            search(report);
        }
        if (only.contains("c360")) {
            contact360(report);
        }
        if (only.contains("kanban")) {
            kanban(report);
        }
        return report;
    }

    private void grid(Report report) throws SQLException {
        var allService = new Stats();
        var allRaw = new Stats();
        var countStats = new Stats();
        for (GridCase c : gridCases()) {
            if (!gridFilter.isEmpty() && gridFilter.stream().noneMatch(c.name()::contains)) {
                continue;
            }
            var r = new Random(random.nextLong());
            Measured m;
            try {
                m = measure("grid: " + c.name(), () -> {
                    var filter = c.filter().apply(r);
                    var page = c.page().apply(r);
                    return () -> contacts.page(filter, page);
                });
            } catch (RuntimeException e) {
                report.line(failed("contacts grid", c.name(), e));
                continue;
            }
            report.latency("contacts grid", c.name(), m.service(), m.raw(), GRID_P95_MS, GRID_RAW_FACTOR);
            m.copyInto(allService, allRaw);
            var cr = new Random(random.nextLong());
            var counts = measure("count: " + c.name(), () -> {
                var filter = c.filter().apply(cr);
                return () -> contacts.count(filter);
            });
            for (long v : counts.serviceSamples()) {
                countStats.add(v);
            }
        }
        report.latency("contacts grid", "**all grid scenarios**", allService, allRaw, GRID_P95_MS, GRID_RAW_FACTOR);
        report.latency(
                "contacts grid",
                "count (exact when cheap, else estimate or 10,000+), all scenarios",
                countStats,
                new Stats(),
                0,
                0);
    }

    private void search(Report report) throws SQLException {
        var s = samples;
        List<Function<Random, String>> kinds = List.of(
                r -> fragment(r, s.names()),
                r -> s.names().get(r.nextInt(s.names().size())).split(" ")[0],
                r -> typo(r, s.names().get(r.nextInt(s.names().size()))),
                r -> "D-" + s.dealNumbers().get(r.nextInt(s.dealNumbers().size())),
                r -> s.names().get(r.nextInt(s.names().size())).substring(0, 2),
                r -> s.accountNames().isEmpty()
                        ? "lumi"
                        : s.accountNames()
                                .get(r.nextInt(s.accountNames().size()))
                                .split(" ")[0]);
        List<String> labels = List.of(
                "name fragment", "first name", "typo in full name", "deal number", "2-letter prefix", "account name");
        var allService = new Stats();
        var allRaw = new Stats();
        for (int k = 0; k < kinds.size(); k++) {
            var kind = kinds.get(k);
            var r = new Random(random.nextLong());
            Measured m;
            try {
                m = measure("search: " + labels.get(k), () -> {
                    String q = kind.apply(r);
                    return () -> search.search(q, 5);
                });
            } catch (RuntimeException e) {
                report.line(failed("global search", labels.get(k), e));
                continue;
            }
            report.latency("global search", labels.get(k), m.service(), m.raw(), SEARCH_P95_MS, 0);
            m.copyInto(allService, allRaw);
        }
        report.latency("global search", "**all search inputs**", allService, allRaw, SEARCH_P95_MS, 0);
    }

    /** A scenario whose service call failed: reported as a miss with the cause, so the rest still runs. */
    private Report.Line failed(String group, String name, RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).replace('\n', ' ').replace("|", "\\|");
        log.println("  " + name + " FAILED: " + message);
        return new Report.Line(group, name, "–", "–", "–", "–", "works", "**FAILS**: " + message);
    }

    private static String typo(Random r, String name) {
        char[] c = name.toCharArray();
        int i = 1 + r.nextInt(Math.max(1, c.length - 2));
        if (i + 1 < c.length) {
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
        }
        return new String(c);
    }

    private void contact360(Report report) throws SQLException {
        var s = samples;
        var r = new Random(random.nextLong());
        var m = measure("contact 360", () -> {
            UUID id = !s.activeContactIds().isEmpty() && r.nextInt(5) == 0
                    ? s.activeContactIds().get(r.nextInt(s.activeContactIds().size()))
                    : s.contactIds().get(r.nextInt(s.contactIds().size()));
            return () -> {
                var record = contacts.get(id);
                var timeline = activities.forContact(id, Page.first(50));
                var dealRows = deals.page(DealFilter.all().withContactId(id), Page.first(20));
                var related = contacts.related(id, 20);
                return List.of(record, timeline, dealRows, related);
            };
        });
        report.latency(
                "contact 360",
                "record + timeline (50) + deals (20) + related (20); 1 in 5 a most-active contact",
                m.service(),
                m.raw(),
                C360_P95_MS,
                0);
    }

    private void kanban(Report report) throws SQLException {
        var sizes = new LinkedHashMap<DealStage, Long>();
        TenantContext.callAs(brandId, userId, () -> {
            for (DealStage stage : DealStage.values()) {
                sizes.put(
                        stage,
                        deals.count(DealFilter.all()
                                .withStage(stage)
                                .withOutcome(com.fashionos.crm.deal.DealOutcome.OPEN)));
            }
            return null;
        });
        DealStage biggest = sizes.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        var s = samples;
        var r = new Random(random.nextLong());
        Function<Random, DealFilter> filters = x -> switch (x.nextInt(4)) {
            case 0 ->
                DealFilter.all().withOwnerId(s.owners().get(x.nextInt(s.owners().size())));
            case 1 -> DealFilter.all().withAccountType(AccountType.values()[x.nextInt(4)]);
            default -> DealFilter.all();
        };
        var column = measure("kanban column " + biggest, () -> {
            var f = filters.apply(r);
            return () -> deals.cards(biggest, f, 50);
        });
        report.latency(
                "kanban",
                "column " + biggest + " (" + String.format(Locale.ROOT, "%,d", sizes.get(biggest))
                        + " open deals): first 50 cards, filter varied",
                column.service(),
                column.raw(),
                KANBAN_P95_MS,
                0);
        var totals = measure("kanban totals", () -> {
            var f = filters.apply(r);
            return () -> deals.totals(f);
        });
        report.latency(
                "kanban",
                "column totals (count + value per stage and currency)",
                totals.service(),
                totals.raw(),
                KANBAN_P95_MS,
                0);
        var board = measure("kanban board", () -> {
            var f = filters.apply(r);
            return () -> {
                var cols = new ArrayList<Object>();
                for (DealStage stage : DealStage.values()) {
                    cols.add(deals.cards(stage, f, 50));
                }
                cols.add(deals.totals(f));
                return cols;
            };
        });
        report.latency(
                "kanban", "whole board: 4 columns × 50 cards + totals", board.service(), board.raw(), KANBAN_P95_MS, 0);
        report.note("Kanban open deals per stage: " + sizes + ". The issue sets no kanban limit; 50 ms is ours.");
    }

    // ---------------------------------------------------------------- timing

    record Measured(Stats service, Stats raw, long[] serviceSamples, long[] rawSamples) {
        void copyInto(Stats s, Stats r) {
            for (long v : serviceSamples) {
                s.add(v);
            }
            for (long v : rawSamples) {
                r.add(v);
            }
        }
    }

    /**
     * Warm-up then measured iterations of a call built by {@code next} (a new input each time): the service call
     * with the brand bound, then the same statements raw.
     */
    private Measured measure(String name, Supplier<Supplier<?>> next) throws SQLException {
        var service = new Stats();
        var rawStats = new Stats();
        var serviceSamples = new long[iterations];
        var rawSamples = new long[iterations];
        SqlCapture.Captured<?> slowest = null;
        long slowestNanos = -1;
        for (int i = 0; i < warmup + iterations; i++) {
            var call = next.get();
            long t0 = System.nanoTime();
            var captured = TenantContext.callAs(brandId, userId, () -> SqlCapture.capture(call::get));
            long t1 = System.nanoTime();
            SqlCapture.replay(raw, captured.statements());
            long t2 = System.nanoTime();
            if (i >= warmup) {
                service.add(t1 - t0);
                rawStats.add(t2 - t1);
                serviceSamples[i - warmup] = t1 - t0;
                rawSamples[i - warmup] = t2 - t1;
                if (t1 - t0 > slowestNanos) {
                    slowestNanos = t1 - t0;
                    slowest = captured;
                }
            }
        }
        log.printf(
                Locale.ROOT,
                "  %-55s p50 %7s p95 %7s max %7s | raw p50 %7s p95 %7s%n",
                name,
                Stats.ms(service.p50()),
                Stats.ms(service.p95()),
                Stats.ms(service.max()),
                Stats.ms(rawStats.p50()),
                Stats.ms(rawStats.p95()));
        if (explain && slowest != null) {
            explainSlowest(name, slowest, slowestNanos);
        }
        return new Measured(service, rawStats, serviceSamples, rawSamples);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of each statement of the slowest call of a scenario. */
    private void explainSlowest(String name, SqlCapture.Captured<?> captured, long nanos) throws SQLException {
        explains.append("### ")
                .append(name)
                .append(String.format(Locale.ROOT, " (slowest call %.1f ms)", nanos / 1e6))
                .append("\n\n");
        raw.setAutoCommit(false);
        try {
            for (var st : captured.statements()) {
                if (st.sql().contains("set_config")) {
                    SqlCapture.execute(raw, st);
                    continue;
                }
                if (st.sql().strip().toUpperCase(Locale.ROOT).startsWith("EXPLAIN")) {
                    continue;
                }
                var plan = new StringBuilder();
                var explainSt = new SqlCapture.Statement("EXPLAIN (ANALYZE, BUFFERS) " + st.sql(), st.binds());
                try (var ps = SqlCapture.prepare(raw, explainSt);
                        var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                explains.append("```sql\n")
                        .append(SqlCapture.describe(st))
                        .append("\n```\n\n```\n")
                        .append(plan)
                        .append("```\n\n");
            }
        } finally {
            raw.rollback();
            raw.setAutoCommit(true);
        }
    }

    public String explains() {
        return explains.toString();
    }

    public void close() throws SQLException {
        raw.close();
    }
}
