package com.fashionos.bench.generate;

import static com.fashionos.bench.generate.Vocabulary.*;

import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.database.DatabaseProperties;
import com.fashionos.crm.database.DatabaseStatus;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.user.AppUser;
import com.fashionos.crm.user.Role;
import com.fashionos.crm.user.UserAccounts;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationContext;

/**
 * Fills one brand with realistic synthetic CRM data: accounts, contacts, deals with stakeholders, and activities.
 *
 * <p>Every row is a pure function of {@code (seed, kind, index)} and the anchor date, so the same arguments give the
 * same data. Rows go in through PostgreSQL {@code COPY} as the application role with the brand bound: COPY fills a
 * temporary staging table (COPY FROM is not allowed into a table under row-level security), and one
 * {@code INSERT ... SELECT} per chunk moves the rows into the real table, where the tenant policy's WITH CHECK,
 * every constraint, foreign key and trigger applies exactly as for the application. Then {@code VACUUM ANALYZE}
 * as the schema owner.
 *
 * <p>{@code fast} (for millions of rows) loads as the schema owner, which must be a superuser: the tables' secondary
 * indexes are dropped (their definitions kept) and rebuilt after the load, and COPY goes straight into the tables
 * with {@code session_replication_role = replica}, so foreign-key checks and triggers do not run per row. The
 * generator supplies what the triggers would compute (deal numbers, open deal value, last activity), and the
 * brand's id on every row.
 */
public final class DataGenerator {

    /** Sizes and identity of one generated brand. */
    public record Spec(
            int contacts,
            int accounts,
            int deals,
            long activities,
            long seed,
            LocalDate asOf,
            String brandSlug,
            boolean fast) {

        public static Spec defaults() {
            return new Spec(
                    1_000_000, 100_000, 200_000, 5_000_000, 42, LocalDate.now(ZoneOffset.UTC), "bench-maison", false);
        }

        /** A spec with the other sizes scaled from {@code contacts} as in the defaults (10 : 1 : 2 : 50). */
        public static Spec scaled(int contacts, long seed) {
            return new Spec(
                    contacts,
                    Math.max(10, contacts / 10),
                    Math.max(10, contacts / 5),
                    contacts * 5L,
                    seed,
                    LocalDate.now(ZoneOffset.UTC),
                    "bench-maison",
                    false);
        }
    }

    /** What was generated, for the log and the tests. */
    public record Result(
            UUID brandId,
            String ownerEmail,
            long accounts,
            long contacts,
            long deals,
            long stakeholders,
            long activities,
            long millis) {}

    /** The sign-in of the generated brand's owner (password {@link #PASSWORD}). */
    public static final String OWNER_EMAIL = "bench@fashionos.bench";

    public static final String PASSWORD = "bench-password-2025";

    static final int USERS = 8;
    private static final int CHUNK = 50_000;
    private static final DateTimeFormatter TS = DateTimeFormatter.ISO_INSTANT;

    private static final int K_ACCOUNT = 1,
            K_CONTACT = 2,
            K_CONTACT_ACCOUNT = 3,
            K_ACTIVITY_COUNT = 4,
            K_ACTIVITY_TIMES = 5,
            K_DEAL = 6,
            K_ACTIVITY = 7,
            K_STAKEHOLDER = 8,
            K_ID = 9;

    private final Spec spec;
    private final DataSource dataSource;
    private final DatabaseStatus status;
    private final DatabaseProperties properties;
    private final BrandService brands;
    private final UserAccounts users;
    private final PrintStream log;
    private final Instant anchor;

    private UUID brandId = new UUID(0, 0);
    private final List<UUID> userIds = new ArrayList<>();
    private int heavyContacts;
    private double meanActivities;
    /** Per contact: sum of open deal value in cents, and one deal it is primary contact of (index + 1, 0: none). */
    private long[] openDealCents = new long[0];

    private int[] contactDeal = new int[0];

    public DataGenerator(Spec spec, ApplicationContext context, PrintStream log) {
        this.spec = spec;
        this.dataSource = context.getBean(DataSource.class);
        this.status = context.getBean(DatabaseStatus.class);
        this.properties = context.getBean(DatabaseProperties.class);
        this.brands = context.getBean(BrandService.class);
        this.users = context.getBean(UserAccounts.class);
        this.log = log;
        this.anchor = spec.asOf().atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public Result run() throws SQLException {
        long start = System.nanoTime();
        heavyContacts = Math.max(1, spec.contacts() / 10_000);
        double heavyExpected = heavyContacts * 900.0;
        meanActivities =
                Math.max(0, (spec.activities() - heavyExpected) / Math.max(1, spec.contacts() - heavyContacts));
        createBrandAndUsers();
        planDeals();
        List<String> indexes = spec.fast() ? dropIndexes() : List.of();
        long accounts = copy("accounts", ACCOUNT_COLUMNS, spec.accounts(), this::account);
        long contacts = copy("contacts", CONTACT_COLUMNS, spec.contacts(), this::contact);
        long deals = copy("deals", DEAL_COLUMNS, spec.deals(), this::deal);
        long stakeholders = copy("deal_contacts", STAKEHOLDER_COLUMNS, spec.deals(), this::stakeholder);
        long activities = copy("activities", ACTIVITY_COLUMNS, spec.contacts(), this::activitiesOf);
        if (spec.fast()) {
            rebuildIndexes(indexes);
            recountSummaries();
        }
        finish();
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.printf(Locale.ROOT, "Generated brand %s in %.1f s%n", spec.brandSlug(), millis / 1000.0);
        return new Result(brandId, OWNER_EMAIL, accounts, contacts, deals, stakeholders, activities, millis);
    }

    // ---------------------------------------------------------------- brand, users

    private void createBrandAndUsers() {
        for (int u = 0; u < USERS; u++) {
            String email = u == 0 ? OWNER_EMAIL : "agent" + u + "@fashionos.bench";
            String name = FIRST_NAMES.get(u * 7 % FIRST_NAMES.size()) + " " + LAST_PREFIX.get(u) + LAST_SUFFIX.get(u);
            AppUser user = users.findByEmail(email).orElseGet(() -> users.createUser(email, name, PASSWORD));
            userIds.add(user.id());
        }
        var brand = brands.create(spec.brandSlug(), "Maison Bench", "Desert Noir SS25", userIds.get(0));
        brandId = brand.id();
        TenantContext.runAs(brandId, () -> {
            for (int u = 1; u < USERS; u++) {
                users.addMembership(brandId, userIds.get(u), u == 1 ? Role.MANAGER : Role.AGENT);
            }
        });
        log.printf("Brand %s (%s), owner %s / %s%n", spec.brandSlug(), brandId, OWNER_EMAIL, PASSWORD);
    }

    // ---------------------------------------------------------------- plan

    private record DealPlan(int contact, int account, long cents, boolean open, int stage, int outcome) {}

    /** Which contact each deal belongs to and what it is worth, before contacts are written (open deal value). */
    private void planDeals() {
        openDealCents = new long[spec.contacts()];
        contactDeal = new int[spec.contacts()];
        for (int d = 0; d < spec.deals(); d++) {
            DealPlan p = dealPlan(d);
            if (p.contact() >= 0) {
                if (p.open() && p.cents() > 0) {
                    openDealCents[p.contact()] += p.cents();
                }
                contactDeal[p.contact()] = d + 1;
            }
        }
    }

    private static final int[] STAGE_WEIGHTS = {40, 25, 20, 15};
    private static final int[] OUTCOME_WEIGHTS = {60, 20, 20};
    private static final String[] STAGES = {"LEAD", "PITCH", "CONTRACT", "ROI"};
    private static final String[] OUTCOMES = {"OPEN", "WON", "LOST"};
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "JPY"};
    private static final int[] CURRENCY_WEIGHTS = {65, 20, 10, 5};

    private DealPlan dealPlan(int d) {
        var r = rng(K_DEAL, d);
        int contact = r.nextInt(10) < 9 ? (int) (spec.contacts() * Math.pow(r.nextDouble(), 1.5)) : -1;
        int account = contact >= 0 ? contactAccount(contact) : -1;
        if (account < 0) {
            account = r.nextInt(spec.accounts());
        }
        int stage = weighted(r, STAGE_WEIGHTS);
        int outcome = weighted(r, OUTCOME_WEIGHTS);
        int currency = weighted(r, CURRENCY_WEIGHTS);
        double value = Math.exp(r.nextDouble(Math.log(5_000), Math.log(500_000)));
        if (currency == 3) {
            value *= 150;
        }
        long cents = r.nextInt(20) == 0 ? -1 : Math.round(value / 10) * 1000;
        return new DealPlan(contact, account, cents, outcome == 0, stage, outcome * 10 + currency);
    }

    // ---------------------------------------------------------------- rows

    private static final String ACCOUNT_COLUMNS = "id, brand_id, name, type, website, budget_tier, industry, city,"
            + " country, description, tags, owner_id, created_at, updated_at";

    /** The first draws of account {@code i}: the contacts' copy of its name needs them too. */
    private record AccountStart(SplittableRandom r, int type, String base, City city, String name) {}

    private static AccountStart accountStart(SplittableRandom r) {
        int type = weighted(r, new int[] {35, 25, 25, 15});
        String base = pick(r, HOUSE_START) + pick(r, HOUSE_MIDDLE) + pick(r, HOUSE_END);
        List<String> words =
                switch (type) {
                    case 0 -> SPONSOR_WORDS;
                    case 1 -> BUYER_WORDS;
                    case 2 -> MEDIA_WORDS;
                    default -> VENDOR_WORDS;
                };
        City city = pick(r, CITIES);
        String name = base + " " + pick(r, words) + (r.nextInt(10) < 3 ? " " + city.name() : "");
        return new AccountStart(r, type, base, city, name);
    }

    private String accountName(int account) {
        return accountStart(rng(K_ACCOUNT, account)).name();
    }

    private void account(int i, Row row) {
        var start = accountStart(rng(K_ACCOUNT, i));
        var r = start.r();
        int type = start.type();
        String base = start.base();
        City city = start.city();
        String name = start.name();
        String slug = ascii(base).toLowerCase(Locale.ROOT) + i;
        List<String> industries =
                switch (type) {
                    case 0 -> INDUSTRY_SPONSOR;
                    case 1 -> INDUSTRY_BUYER;
                    case 2 -> INDUSTRY_MEDIA;
                    default -> INDUSTRY_VENDOR;
                };
        Instant created = anchor.minus(r.nextInt(30, 1500), ChronoUnit.DAYS);
        row.uuid(id(K_ACCOUNT, i))
                .uuid(brandId)
                .text(name)
                .text(new String[] {"SPONSOR", "BUYER", "MEDIA", "VENDOR"}[type])
                .text(r.nextInt(10) < 8 ? "https://www." + slug + ".com" : null)
                .text(r.nextInt(10) < 7 ? new String[] {"EMERGING", "CORE", "PREMIUM", "FLAGSHIP"}[r.nextInt(4)] : null)
                .text(pick(r, industries))
                .text(city.name())
                .text(city.country())
                .text(
                        r.nextInt(3) == 0
                                ? name + " — " + pick(r, industries).toLowerCase(Locale.ROOT) + " house based in "
                                        + city.name() + "."
                                : null)
                .array(tags(r, 3))
                .uuid(userIds.get(r.nextInt(USERS)))
                .time(created)
                .time(created)
                .end();
    }

    /** The account of contact {@code c} (index), or -1; a pure function so every pass agrees. */
    private int contactAccount(int c) {
        var r = rng(K_CONTACT_ACCOUNT, c);
        return r.nextInt(100) < 85 ? (int) (spec.accounts() * Math.pow(r.nextDouble(), 2)) : -1;
    }

    private int activityCount(int c) {
        var r = rng(K_ACTIVITY_COUNT, c);
        if (c < heavyContacts) {
            return r.nextInt(300, 1500);
        }
        if (meanActivities <= 0) {
            return 0;
        }
        double p = 1 / (meanActivities + 1);
        return (int) Math.min(200, Math.floor(Math.log(1 - r.nextDouble()) / Math.log(1 - p)));
    }

    /** Occurrence times of contact {@code c}'s activities, oldest first (mostly recent, up to three years back). */
    private Instant[] activityTimes(int c) {
        int n = activityCount(c);
        var r = rng(K_ACTIVITY_TIMES, c);
        var times = new Instant[n];
        for (int k = 0; k < n; k++) {
            double days = Math.min(1095, -Math.log(1 - r.nextDouble()) * 120);
            times[k] = anchor.minusSeconds((long) (days * 86_400)).truncatedTo(ChronoUnit.SECONDS);
        }
        Arrays.sort(times);
        return times;
    }

    private static final String CONTACT_COLUMNS = "id, brand_id, account_id, name, email, whatsapp, phone, role, city,"
            + " country, language, tags, sentiment_score, notes, owner_id, last_activity_at, open_deal_value,"
            + " account_name, created_at, updated_at";

    private void contact(int i, Row row) {
        var r = rng(K_CONTACT, i);
        String first = pick(r, FIRST_NAMES);
        String last = pick(r, LAST_PREFIX) + pick(r, LAST_SUFFIX);
        City city = pick(r, CITIES);
        int account = contactAccount(i);
        String local = ascii(first + "." + last).toLowerCase(Locale.ROOT).replace(' ', '-')
                + (r.nextInt(4) == 0 ? String.valueOf(r.nextInt(10, 99)) : "");
        String domain = account >= 0 && r.nextInt(3) > 0
                ? ascii(pick(r, HOUSE_START)).toLowerCase(Locale.ROOT) + account + ".com"
                : pick(r, EMAIL_DOMAINS);
        Instant[] times = activityTimes(i);
        Instant last_ = times.length == 0 ? null : times[times.length - 1];
        Instant created = times.length == 0
                ? anchor.minus(r.nextInt(1, 1500), ChronoUnit.DAYS)
                : times[0].minus(r.nextInt(0, 60), ChronoUnit.DAYS);
        String sentiment = r.nextInt(4) == 0
                ? null
                : String.format(Locale.ROOT, "%.2f", Math.clamp(r.nextGaussian() * 0.4 + 0.25, -1.0, 1.0));
        row.uuid(id(K_CONTACT, i))
                .uuid(brandId)
                .uuid(account >= 0 ? id(K_ACCOUNT, account) : null)
                .text(first + " " + last)
                .text(r.nextInt(10) < 9 ? local + "@" + domain : null)
                .text(r.nextInt(10) < 7 ? mobile(r, city) : null)
                .text(r.nextInt(10) < 3 ? mobile(r, city) : null)
                .text(r.nextInt(20) > 0 ? pick(r, ROLES) : null)
                .text(city.name())
                .text(city.country())
                .text(r.nextInt(10) < 6 ? "en" : pick(r, LANGUAGES))
                .array(tags(r, 4))
                .raw(sentiment)
                .text(r.nextInt(8) == 0 ? pick(r, NOTE_SUBJECTS) + "." : null)
                .uuid(userIds.get(r.nextInt(USERS)))
                .time(last_)
                .raw(cents(openDealCents[i]))
                .text(account >= 0 ? accountName(account) : null)
                .time(created)
                .time(created)
                .end();
    }

    private static final String DEAL_COLUMNS = "id, brand_id, number, account_id, primary_contact_id, owner_id, title,"
            + " stage, stage_index, outcome, stage_changed_at, value_forecast, actual_roi, currency, expected_close,"
            + " contract_signed_at, probability, campaign, notes, lost_reason, created_at, updated_at";

    private void deal(int d, Row row) {
        DealPlan p = dealPlan(d);
        var r = rng(K_DEAL, -1 - d);
        int outcome = p.outcome() / 10;
        String currency = CURRENCIES[p.outcome() % 10];
        Instant created = anchor.minus(r.nextInt(1, 900), ChronoUnit.DAYS).minusSeconds(r.nextInt(86_400));
        Instant stageChanged =
                created.plusSeconds((long) (r.nextDouble() * Math.max(1, ChronoUnit.SECONDS.between(created, anchor))));
        LocalDate close = LocalDate.ofInstant(stageChanged, ZoneOffset.UTC).plusDays(r.nextInt(14, 180));
        boolean contract = p.stage() >= 2;
        String campaign = pick(r, CAMPAIGNS);
        String account = "D" + d;
        row.uuid(id(K_DEAL, d))
                .uuid(brandId)
                .raw(String.valueOf(1001L + d))
                .uuid(id(K_ACCOUNT, p.account()))
                .uuid(p.contact() >= 0 ? id(K_CONTACT, p.contact()) : null)
                .uuid(userIds.get(r.nextInt(USERS)))
                .text(pick(r, DEAL_KINDS) + " · " + campaign + (r.nextInt(4) == 0 ? " (" + account + ")" : ""))
                .text(STAGES[p.stage()])
                .raw(String.valueOf(p.stage()))
                .text(OUTCOMES[outcome])
                .time(stageChanged)
                .raw(p.cents() < 0 ? null : cents(p.cents()))
                .raw(p.stage() == 3 && p.cents() > 0 ? cents(p.cents() * r.nextInt(50, 400) / 100) : null)
                .text(currency)
                .raw(contract || r.nextBoolean() ? close.toString() : null)
                .raw(
                        p.stage() >= 2 && r.nextInt(10) < 8
                                ? close.minusDays(r.nextInt(1, 14)).toString()
                                : null)
                .raw(String.valueOf(Math.min(100, 10 + 25 * p.stage() + r.nextInt(15))))
                .text(campaign)
                .text(r.nextInt(5) == 0 ? "Decision expected after " + pick(r, CAMPAIGNS) + "." : null)
                .text(outcome == 2 ? pick(r, LOST_REASONS) : null)
                .time(created)
                .time(stageChanged)
                .end();
    }

    private static final String STAKEHOLDER_COLUMNS = "brand_id, deal_id, contact_id, role";

    private void stakeholder(int d, Row row) {
        var r = rng(K_STAKEHOLDER, d);
        if (r.nextInt(10) >= 3) {
            return;
        }
        DealPlan p = dealPlan(d);
        int contact = r.nextInt(spec.contacts());
        if (contact == p.contact()) {
            return;
        }
        row.uuid(brandId)
                .uuid(id(K_DEAL, d))
                .uuid(id(K_CONTACT, contact))
                .text(pick(r, List.of("Decision maker", "Finance", "Legal", "Agent", "Assistant", "Stylist")))
                .end();
    }

    private static final String ACTIVITY_COLUMNS = "id, brand_id, type, contact_id, account_id, deal_id, subject,"
            + " content, metadata, occurred_at, author_id, assignee_id, due_at, completed_at, created_at";
    private static final String[] TYPES = {"EMAIL", "WHATSAPP", "CALL", "NOTE", "MEETING", "TASK", "STAGE_CHANGE", "AI"
    };
    private static final int[] TYPE_WEIGHTS = {30, 15, 15, 15, 10, 5, 5, 5};

    /** All activities of contact {@code c} (so that its {@code last_activity_at} agrees with them). */
    private void activitiesOf(int c, Row row) {
        Instant[] times = activityTimes(c);
        if (times.length == 0) {
            return;
        }
        int account = contactAccount(c);
        int deal = contactDeal[c] - 1;
        for (int k = 0; k < times.length; k++) {
            var r = rng(K_ACTIVITY, ((long) c << 20) | k);
            int type = weighted(r, TYPE_WEIGHTS);
            boolean withDeal = deal >= 0 && (type == 6 || r.nextInt(10) < 3);
            if (type == 6 && deal < 0) {
                type = 3;
            }
            String subject =
                    switch (type) {
                        case 0 -> pick(r, EMAIL_SUBJECTS);
                        case 1 -> pick(r, WHATSAPP_SUBJECTS);
                        case 2 -> pick(r, CALL_SUBJECTS);
                        case 3 -> pick(r, NOTE_SUBJECTS);
                        case 4 -> pick(r, MEETING_SUBJECTS);
                        case 5 -> pick(r, TASK_SUBJECTS);
                        case 6 -> "Lead → Pitch";
                        default -> pick(r, AI_SUBJECTS);
                    };
            String content =
                    switch (type) {
                        case 6 -> "Moved forward from Lead to Pitch";
                        case 5 -> null;
                        default ->
                            subject + ". " + pick(r, NOTE_SUBJECTS) + "; "
                                    + pick(r, DEAL_KINDS).toLowerCase(Locale.ROOT) + " for " + pick(r, CAMPAIGNS) + ".";
                    };
            String metadata = type == 6 ? "{\"from\": \"LEAD\", \"to\": \"PITCH\"}" : "{}";
            boolean task = type == 5;
            Instant due = task ? times[k].plus(r.nextInt(1, 14), ChronoUnit.DAYS) : null;
            boolean open = task && r.nextInt(10) == 0;
            UUID author = userIds.get(r.nextInt(USERS));
            row.uuid(id(K_ACTIVITY, ((long) c << 20) | k))
                    .uuid(brandId)
                    .text(TYPES[type])
                    .uuid(id(K_CONTACT, c))
                    .uuid(account >= 0 ? id(K_ACCOUNT, account) : null)
                    .uuid(withDeal ? id(K_DEAL, deal) : null)
                    .text(subject)
                    .text(content)
                    .text(metadata)
                    .time(times[k])
                    .uuid(author)
                    .uuid(task ? userIds.get(r.nextInt(USERS)) : null)
                    .time(due)
                    .time(task && !open ? due : null)
                    .time(times[k])
                    .end();
        }
    }

    // ---------------------------------------------------------------- COPY

    @FunctionalInterface
    private interface RowWriter {
        void write(int index, Row row);
    }

    /** Writes rows {@code 0 .. count-1} (each index may yield zero or more rows) and returns how many went in. */
    private long copy(String table, String columns, int count, RowWriter writer) throws SQLException {
        long start = System.nanoTime();
        long total = 0;
        String target = spec.fast() ? table : "stage_" + table;
        try (Connection con = spec.fast() ? owner() : dataSource.getConnection()) {
            con.setAutoCommit(false);
            try (var st = con.createStatement()) {
                if (spec.fast()) {
                    st.execute("SET session_replication_role = replica");
                } else {
                    st.execute("CREATE TEMP TABLE IF NOT EXISTS stage_" + table + " (LIKE " + table
                            + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
                }
            }
            con.commit();
            PGConnection pg = con.unwrap(PGConnection.class);
            var row = new Row();
            long rowsCopied = 0;
            for (int from = 0; from < count; from += CHUNK) {
                int to = Math.min(count, from + CHUNK);
                try (var st = con.createStatement()) {
                    st.execute("SELECT set_config('app.brand_id', '" + brandId + "', true)");
                    st.execute("SET LOCAL synchronous_commit = off");
                    st.execute("SET LOCAL work_mem = '64MB'");
                    st.execute("SET LOCAL gin_pending_list_limit = '32MB'");
                }
                CopyIn in =
                        pg.getCopyAPI().copyIn("COPY " + target + " (" + columns + ") FROM STDIN WITH (FORMAT text)");
                try {
                    for (int i = from; i < to; i++) {
                        writer.write(i, row);
                        if (row.length() > 1 << 20) {
                            row.flush(in);
                        }
                    }
                    row.flush(in);
                    rowsCopied = in.endCopy();
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
                if (spec.fast()) {
                    total += rowsCopied;
                } else {
                    try (var st = con.createStatement()) {
                        total += st.executeUpdate("INSERT INTO " + table + " (" + columns + ") SELECT " + columns
                                + " FROM stage_" + table);
                    }
                }
                con.commit();
                if (count > CHUNK) {
                    log.printf(
                            Locale.ROOT,
                            "  %s: %,d of %,d sources, %,d rows, %.0f s%n",
                            table,
                            to,
                            count,
                            total,
                            (System.nanoTime() - start) / 1e9);
                }
            }
        }
        log.printf(Locale.ROOT, "%-13s %,12d rows in %6.1f s%n", table, total, (System.nanoTime() - start) / 1e9);
        return total;
    }

    private static final List<String> TABLES = List.of("accounts", "contacts", "deals", "deal_contacts", "activities");

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(status.jdbcUrl(), properties.username(), properties.password());
    }

    /** Drops the secondary (non-constraint) indexes of the generated tables; returns their definitions. */
    private List<String> dropIndexes() throws SQLException {
        var definitions = new ArrayList<String>();
        try (Connection con = owner();
                var st = con.createStatement()) {
            try (var rs = st.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    throw new IllegalStateException("--fast needs the schema owner to be a superuser");
                }
            }
            var names = new ArrayList<String>();
            try (var rs = st.executeQuery("""
                    SELECT i.indexname, i.indexdef FROM pg_indexes i
                    WHERE i.schemaname = current_schema() AND i.tablename = ANY (ARRAY['accounts', 'contacts', 'deals',
                          'deal_contacts', 'activities'])
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
            for (String n : names) {
                st.execute("DROP INDEX " + n);
            }
        }
        log.printf("Dropped %d secondary indexes for the load%n", definitions.size());
        return definitions;
    }

    private void rebuildIndexes(List<String> definitions) throws SQLException {
        long start = System.nanoTime();
        try (Connection con = owner();
                var st = con.createStatement()) {
            st.execute("SET maintenance_work_mem = '512MB'");
            for (String d : definitions) {
                long t = System.nanoTime();
                st.execute(d);
                log.printf(Locale.ROOT, "  %.1f s %s%n", (System.nanoTime() - t) / 1e9, d);
            }
        }
        log.printf(
                Locale.ROOT, "Rebuilt %d indexes in %.1f s%n", definitions.size(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * The fast path's COPY ran without triggers: count the brand's tag vocabulary (V083) and deal stage totals (V084)
     * as the triggers would.
     */
    private void recountSummaries() throws SQLException {
        try (Connection con = owner();
                var st = con.createStatement()) {
            // the same recounts the migrations use (V086)
            st.execute("SELECT recount_contact_tags('" + brandId + "'), recount_deal_stage_totals('" + brandId + "')");
        }
    }

    private void finish() throws SQLException {
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            try (var st = con.createStatement()) {
                st.execute("SELECT set_config('app.brand_id', '" + brandId + "', true)");
                st.executeUpdate(
                        "UPDATE brands SET deal_seq = " + (1000L + spec.deals()) + " WHERE id = '" + brandId + "'");
            }
            con.commit();
        }
        long start = System.nanoTime();
        // The application role may not VACUUM or ANALYZE; the schema owner does.
        try (Connection owner =
                        DriverManager.getConnection(status.jdbcUrl(), properties.username(), properties.password());
                var st = owner.createStatement()) {
            for (String t : List.of("accounts", "contacts", "deals", "deal_contacts", "activities", "brands")) {
                st.execute("VACUUM (ANALYZE) " + t);
            }
        }
        log.printf(Locale.ROOT, "VACUUM ANALYZE in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    // ---------------------------------------------------------------- helpers

    private SplittableRandom rng(int kind, long index) {
        return new SplittableRandom(mix(spec.seed() * 0x9E3779B97F4A7C15L + kind * 0xC2B2AE3D27D4EB4FL + index));
    }

    /** A deterministic version-4-shaped UUID for row {@code index} of {@code kind}. */
    private UUID id(int kind, long index) {
        long hi = mix(spec.seed() ^ (K_ID * 0x632BE59BD9B4E019L) ^ (kind * 0x9E3779B97F4A7C15L) ^ (index * 31 + 7));
        long lo = mix(hi ^ index ^ 0xBF58476D1CE4E5B9L);
        hi = (hi & ~0xF000L) | 0x4000L;
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static int weighted(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Up to {@code max} distinct tags, popular ones more often. */
    private static List<String> tags(SplittableRandom r, int max) {
        int n = r.nextInt(max + 1);
        var tags = new ArrayList<String>(n);
        for (int k = 0; k < n; k++) {
            String t = TAGS.get((int) (TAGS.size() * Math.pow(r.nextDouble(), 1.6)));
            if (!tags.contains(t)) {
                tags.add(t);
            }
        }
        tags.sort(null);
        return tags;
    }

    private static String mobile(SplittableRandom r, City city) {
        var sb = new StringBuilder(city.mobilePrefix());
        for (int k = 0; k < city.digits(); k++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private static String cents(long cents) {
        return (cents / 100) + "." + String.format(Locale.ROOT, "%02d", cents % 100);
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9.\\- ]", "");
    }

    /** One line of COPY text format being built, and the buffer of lines not yet sent. */
    private static final class Row {
        private final StringBuilder buffer = new StringBuilder(1 << 21);
        private boolean first = true;

        Row text(@Nullable String value) {
            sep();
            if (value == null) {
                buffer.append("\\N");
            } else {
                for (int i = 0; i < value.length(); i++) {
                    char ch = value.charAt(i);
                    switch (ch) {
                        case '\\' -> buffer.append("\\\\");
                        case '\t' -> buffer.append("\\t");
                        case '\n' -> buffer.append("\\n");
                        case '\r' -> buffer.append("\\r");
                        default -> buffer.append(ch);
                    }
                }
            }
            return this;
        }

        Row raw(@Nullable String value) {
            sep();
            buffer.append(value == null ? "\\N" : value);
            return this;
        }

        Row uuid(@Nullable UUID value) {
            return raw(value == null ? null : value.toString());
        }

        Row time(@Nullable Instant value) {
            return raw(value == null ? null : TS.format(value));
        }

        /** A text[] of simple words (letters, digits, dashes: no quoting needed). */
        Row array(List<String> values) {
            return raw("{" + String.join(",", values) + "}");
        }

        void end() {
            buffer.append('\n');
            first = true;
        }

        int length() {
            return buffer.length();
        }

        void flush(CopyIn in) throws SQLException {
            if (!buffer.isEmpty()) {
                byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                buffer.setLength(0);
            }
        }

        private void sep() {
            if (!first) {
                buffer.append('\t');
            }
            first = false;
        }
    }
}
