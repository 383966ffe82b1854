package com.fashionos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.bench.generate.DataGenerator;
import com.fashionos.bench.http.LoadTest;
import com.fashionos.bench.http.SessionsMemory;
import com.fashionos.bench.measure.DraftThroughput;
import com.fashionos.bench.measure.Report;
import com.fashionos.bench.support.ApiAccess;
import com.fashionos.bench.support.BenchApplication;
import com.fashionos.bench.support.Options;
import com.fashionos.crm.api.DraftApiJson;
import com.fashionos.crm.brand.ApiPrincipal;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.testsupport.TestDatabase;
import com.fashionos.crm.user.Role;
import com.fashionos.crm.user.UserAccounts;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Every benchmark at tiny scale, so that none of them rots between the real runs. */
class BenchSmokeTest {

    @TempDir
    Path dir;

    @Test
    void generator_and_every_in_process_benchmark_run_at_tiny_scale() throws Exception {
        String url = TestDatabase.createFresh("bench");
        var log = new ByteArrayOutputStream();
        var main = new BenchMain(new PrintStream(log, true, StandardCharsets.UTF_8));
        var db = Map.of("db-url", url, "db-user", TestDatabase.ADMIN_USER);

        String generated = main.execute("generate", options(db, Map.of("contacts", "1000", "seed", "7")));
        assertThat(generated).contains("contacts=1000", "accounts=100", "deals=200");

        Path out = dir.resolve("results.md");
        String md = main.execute(
                "run",
                options(
                        db,
                        Map.of(
                                "iterations",
                                "1",
                                "warmup",
                                "0",
                                "workflows",
                                "5",
                                "skip",
                                "sessions,load",
                                "explain",
                                "true",
                                "out",
                                out.toString())));
        assertThat(md)
                .contains("| contacts grid | **all grid scenarios**", "| global search | **all search inputs**")
                .contains("| contact 360 |", "| kanban | column LEAD")
                .contains("bare one-activity workflow on the bench's own in-process Temporal test server")
                .contains("Neural Draft → AWAITING_APPROVAL through the app's API", "skipped (no app")
                .contains("EXPLAIN (ANALYZE, BUFFERS)");
        assertThat(Files.readString(out)).isEqualTo(md);
    }

    @Test
    void generator_is_reproducible_from_its_seed_through_the_app_role() throws Exception {
        String url = TestDatabase.createFresh("benchfast");
        var main = new BenchMain(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        var db = Map.of("db-url", url, "db-user", TestDatabase.ADMIN_USER);
        assertThat(main.execute("generate", options(db, Map.of("contacts", "300", "seed", "3", "as-of", "2026-01-01"))))
                .contains("contacts=300");
        String other = TestDatabase.createFresh("benchfast2");
        var db2 = Map.of("db-url", other, "db-user", TestDatabase.ADMIN_USER);
        main.execute(
                "generate",
                options(db2, Map.of("contacts", "300", "seed", "3", "as-of", "2026-01-01", "fast", "true")));
        assertThat(fingerprint(other)).isEqualTo(fingerprint(url));
    }

    private static String fingerprint(String url) throws Exception {
        try (var con = java.sql.DriverManager.getConnection(url, TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD);
                var st = con.createStatement();
                var rs = st.executeQuery("""
                        SELECT (SELECT md5(string_agg(id || name || coalesce(email, '') || open_deal_value
                                        || coalesce(last_activity_at::text, ''), ',' ORDER BY id)) FROM contacts),
                               (SELECT md5(string_agg(id || title || number, ',' ORDER BY id)) FROM deals),
                               (SELECT count(*) || '/' || md5(string_agg(id::text, ',' ORDER BY id)) FROM activities),
                               (SELECT string_agg(tag || ':' || contacts, ',' ORDER BY tag) FROM contact_tags),
                               (SELECT string_agg(outcome || stage_index || currency || coalesce(u.email, '-')
                                       || account_type || ':' || deals || ':' || total, ','
                                       ORDER BY outcome, stage_index, currency, u.email, account_type)
                                  FROM deal_stage_totals t LEFT JOIN app_users u ON u.id = t.owner_id
                                 WHERE deals > 0)""")) {
            rs.next();
            assertThat(rs.getString(4)).as("tag vocabulary").isNotBlank();
            assertThat(rs.getString(5)).as("deal stage totals").isNotBlank();
            return rs.getString(1) + rs.getString(2) + rs.getString(3) + rs.getString(4) + rs.getString(5);
        }
    }

    @Test
    void the_draft_api_inputs_come_from_the_bench_brand_token_and_deals() throws Exception {
        String url = TestDatabase.createFresh("benchapi");
        var main = new BenchMain(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        var db = Map.of("db-url", url, "db-user", TestDatabase.ADMIN_USER);
        main.execute("generate", options(db, Map.of("contacts", "300", "seed", "3", "fast", "true")));

        try (var ctx = BenchApplication.start(Map.of("url", url, "username", TestDatabase.ADMIN_USER))) {
            var users = ctx.getBean(UserAccounts.class);
            UUID ownerId =
                    users.findByEmail(DataGenerator.OWNER_EMAIL).orElseThrow().id();
            UUID brandId = users.membershipsOf(ownerId).getFirst().brandId();
            var brands = ctx.getBean(BrandService.class);

            String token = ApiAccess.createToken(ctx, brandId, ownerId, "bench smoke");
            assertThat(brands.resolveApiToken(token)).contains(new ApiPrincipal(brandId, Role.AGENT, ownerId));

            List<UUID> deals = ApiAccess.sampleDeals(ctx, brandId, 10, 7);
            assertThat(deals).hasSize(10).doesNotHaveDuplicates();
            assertThat(ApiAccess.sampleDeals(ctx, brandId, 10, 7)).as("seeded").isEqualTo(deals);
            assertThat(ApiAccess.sampleDeals(ctx, brandId, 10, 8)).isNotEqualTo(deals);
            try (var con = DriverManager.getConnection(url, TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD)) {
                for (UUID deal : deals) {
                    try (var st = con.prepareStatement("""
                            SELECT d.brand_id, d.outcome, c.email FROM deals d
                              JOIN contacts c ON c.id = d.primary_contact_id WHERE d.id = ?""")) {
                        st.setObject(1, deal);
                        try (var rs = st.executeQuery()) {
                            assertThat(rs.next()).isTrue();
                            assertThat(rs.getObject(1, UUID.class)).isEqualTo(brandId);
                            assertThat(rs.getString(2)).isEqualTo("OPEN");
                            assertThat(rs.getString(3)).contains("@");
                        }
                    }
                }
                // a deal with a draft awaiting a decision would join that draft: it leaves the sample
                try (var st = con.prepareStatement("""
                        INSERT INTO ai_runs (brand_id, agent_node, workflow_type, deal_id, approval_status)
                        VALUES (?, 'CONTENT', 'NeuralDraftWorkflow', ?, 'PENDING')""")) {
                    st.setObject(1, brandId);
                    st.setObject(2, deals.getFirst());
                    st.executeUpdate();
                }
            }
            assertThat(ApiAccess.sampleDeals(ctx, brandId, 10, 7))
                    .doesNotContain(deals.getFirst())
                    .containsAll(deals.subList(1, 10));

            assertThat(ApiAccess.revokeToken(ctx, brandId, ownerId, "bench smoke"))
                    .isEqualTo(1);
            assertThat(brands.resolveApiToken(token)).isEmpty();
        }
    }

    @Test
    void session_and_load_drivers_sign_in_load_pages_and_call_the_draft_api() throws Exception {
        var app = new FakeApp();
        try {
            var base = app.base();
            var report = new Report();
            var log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            SessionsMemory.run(report, base, ProcessHandle.current().pid(), 3, "u@x.y", "secret", List.of("/crm"), log);
            var deals = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            app.knownDeals.addAll(deals);
            LoadTest.run(
                    report,
                    base,
                    3,
                    Duration.ofSeconds(2),
                    "u@x.y",
                    "secret",
                    List.of("/crm", "/crm/contacts"),
                    new LoadTest.Drafts(FakeApp.TOKEN, deals, "owner@x.y"),
                    log);
            String md = report.markdown("smoke");
            assertThat(md)
                    .contains("app RSS with 3 signed-in sessions", "page /crm", "sign-in")
                    .contains(LoadTest.DRAFT_POST, LoadTest.DRAFT_GET, "drafts rejected afterwards through the API");
            assertThat(report.lines())
                    .filteredOn(l -> l.group().startsWith("load"))
                    .allMatch(l -> l.verdict().equals("ok"), "every operation without error");
            assertThat(app.logins.get()).isGreaterThanOrEqualTo(6);
            assertThat(app.starts.get()).isPositive();
            assertThat(app.reads.get()).isPositive();
            assertThat(app.rejected).isNotEmpty().allMatch(app.started::contains);
        } finally {
            app.stop();
        }
    }

    @Test
    void draft_throughput_times_each_draft_from_its_steps_and_shows_an_error_s_sample() throws Exception {
        var app = new FakeApp();
        try {
            var warmup = List.of(UUID.randomUUID(), UUID.randomUUID());
            var deals = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            app.knownDeals.addAll(warmup);
            app.knownDeals.addAll(deals.subList(0, 3));
            var report = new Report();
            var log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

            var result = DraftThroughput.run(
                    report, app.base(), FakeApp.TOKEN, warmup, deals, "owner@x.y", Duration.ofMillis(50), log);

            assertThat(result.requested()).isEqualTo(4);
            assertThat(result.ready()).isEqualTo(3);
            assertThat(result.latency().p50())
                    .as("the record step ends 40 ms after the start")
                    .isGreaterThanOrEqualTo(40);
            assertThat(result.perSecond()).isPositive();
            assertThat(result.reads())
                    .as("each draft read until it awaits approval")
                    .isGreaterThanOrEqualTo(3 * 2);
            assertThat(result.steps()).containsKeys("send → first step", "gather-context", "record");
            assertThat(result.errors()).singleElement().asString().contains("POST HTTP 404", "No deal");
            assertThat(report.markdown("smoke"))
                    .contains("Neural Draft → AWAITING_APPROVAL through the app's API, 4 at once", "**MISS**")
                    .contains("after 2 warm-up drafts (not measured), 4 drafts requested at once")
                    .contains("5 of 5 drafts rejected afterwards");
            assertThat(app.starts.get()).isEqualTo(2 + 3);
            assertThat(app.rejected).hasSize(5);
        } finally {
            app.stop();
        }
    }

    /**
     * A stand-in for the app's HTTP side: form login with a CSRF token, pages, and the draft API with one token, whose
     * drafts await approval from their second read on, with step records 10–40 ms after the request.
     */
    private static final class FakeApp {

        static final String TOKEN = "fos_smoke";

        final HttpServer server;
        final AtomicInteger logins = new AtomicInteger();
        final AtomicInteger starts = new AtomicInteger();
        final AtomicInteger reads = new AtomicInteger();
        final Set<UUID> knownDeals = ConcurrentHashMap.newKeySet();
        final Set<String> started = ConcurrentHashMap.newKeySet();
        final Set<String> rejected = ConcurrentHashMap.newKeySet();
        final Map<String, Long> startedAt = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> readsOf = new ConcurrentHashMap<>();

        FakeApp() throws Exception {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", this::page);
            server.createContext(DraftApiJson.PATH, this::api);
            server.start();
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        void stop() {
            server.stop(0);
        }

        private void page(HttpExchange exchange) throws java.io.IOException {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/login") && exchange.getRequestMethod().equals("POST")) {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean ok = form.contains("_csrf=tok123") && form.contains("password=secret");
                if (ok) {
                    logins.incrementAndGet();
                }
                exchange.getResponseHeaders().add("Location", ok ? "/crm" : "/login?error");
                exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=s" + logins.get() + "; Path=/");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            answer(exchange, 200, "<html><meta name=\"_csrf\" content=\"tok123\"></html>");
        }

        private void api(HttpExchange exchange) throws java.io.IOException {
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"status\":401,\"error\":\"unauthorized\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var json = JsonMapper.shared();
            if (exchange.getRequestMethod().equals("POST") && path.equals(DraftApiJson.PATH)) {
                UUID deal = UUID.fromString(json.readTree(body).path("dealId").asString());
                if (!knownDeals.contains(deal)) {
                    answer(
                            exchange,
                            404,
                            "{\"status\":404,\"error\":\"not_found\",\"message\":\"No deal " + deal + "\"}");
                    return;
                }
                starts.incrementAndGet();
                String id = UUID.randomUUID().toString();
                started.add(id);
                startedAt.put(id, System.currentTimeMillis());
                answer(
                        exchange,
                        202,
                        "{\"draftId\":\"" + id + "\",\"workflowId\":\"draft-b-deal-" + deal
                                + "-EMAIL\",\"status\":\"GATHERING\",\"joined\":false}");
                return;
            }
            String id = path.substring(DraftApiJson.PATH.length() + 1).replace("/reject", "");
            Long t = startedAt.get(id);
            if (t == null) {
                answer(exchange, 404, "{\"status\":404,\"error\":\"not_found\"}");
                return;
            }
            if (exchange.getRequestMethod().equals("POST") && path.endsWith("/reject")) {
                assertThat(json.readTree(body).path("rejectedByEmail").asString())
                        .isEqualTo("owner@x.y");
                rejected.add(id);
                answer(exchange, 200, "{\"status\":\"REJECTED\",\"error\":null,\"steps\":[]}");
                return;
            }
            reads.incrementAndGet();
            boolean ready =
                    readsOf.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet() >= 2;
            String status = rejected.contains(id) ? "REJECTED" : ready ? "AWAITING_APPROVAL" : "COMPOSING";
            answer(
                    exchange,
                    200,
                    "{\"status\":\"" + status + "\",\"error\":null,\"steps\":["
                            + "{\"step\":\"gather-context\",\"startedAtMillis\":" + (t + 10) + ",\"finishedAtMillis\":"
                            + (t + 20) + "},{\"step\":\"record\",\"startedAtMillis\":" + (t + 30)
                            + ",\"finishedAtMillis\":" + (ready ? Long.toString(t + 40) : "null") + "}]}");
        }

        private static void answer(HttpExchange exchange, int status, String body) throws java.io.IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }

    private static Options options(Map<String, String> db, Map<String, String> more) {
        var all = new java.util.HashMap<>(db);
        all.putAll(more);
        return Options.of(all);
    }
}
