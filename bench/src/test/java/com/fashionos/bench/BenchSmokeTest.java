package com.fashionos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.bench.http.LoadTest;
import com.fashionos.bench.http.SessionsMemory;
import com.fashionos.bench.measure.Report;
import com.fashionos.bench.support.Options;
import com.fashionos.crm.testsupport.TestDatabase;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                .contains("| contact 360 |", "| kanban | column LEAD", "bare one-activity workflow")
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
                               (SELECT string_agg(outcome || stage_index || currency || ':' || deals || ':' || total, ','
                                       ORDER BY outcome, stage_index, currency) FROM deal_stage_totals
                                 WHERE deals > 0)""")) {
            rs.next();
            assertThat(rs.getString(4)).as("tag vocabulary").isNotBlank();
            assertThat(rs.getString(5)).as("deal stage totals").isNotBlank();
            return rs.getString(1) + rs.getString(2) + rs.getString(3) + rs.getString(4) + rs.getString(5);
        }
    }

    @Test
    void session_and_load_drivers_sign_in_and_load_pages() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var logins = new AtomicInteger();
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
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
            body = "<html><meta name=\"_csrf\" content=\"tok123\"></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            var base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            var report = new Report();
            var log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            SessionsMemory.run(report, base, ProcessHandle.current().pid(), 3, "u@x.y", "secret", List.of("/crm"), log);
            LoadTest.run(
                    report,
                    base,
                    3,
                    Duration.ofSeconds(1),
                    "u@x.y",
                    "secret",
                    List.of("/crm", "/crm/contacts"),
                    "fos_token",
                    "/api/v1/drafts",
                    "{}",
                    log);
            String md = report.markdown("smoke");
            assertThat(md).contains("app RSS with 3 signed-in sessions", "page /crm", "sign-in", "POST /api/v1/drafts");
            assertThat(report.lines())
                    .filteredOn(l -> l.group().startsWith("load"))
                    .allMatch(l -> l.verdict().equals("ok"));
            assertThat(logins.get()).isGreaterThanOrEqualTo(6);
        } finally {
            server.stop(0);
        }
    }

    private static Options options(Map<String, String> db, Map<String, String> more) {
        var all = new java.util.HashMap<>(db);
        all.putAll(more);
        return Options.of(all);
    }
}
