package com.fashionos.crm.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Start-up against the machine's PostgreSQL: migrations, the application role, and refusing what is unsafe. */
class DatabaseBootstrapTest {

    private static DatabaseProperties external(String url, String appUsername) {
        return new DatabaseProperties(
                url, TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD, appUsername, "", null, 0, 2);
    }

    private static DatabaseStatus prepare(DatabaseProperties properties) {
        try (DatabaseServer server = DatabaseServer.open(properties)) {
            return DatabaseBootstrap.prepare(server, properties);
        }
    }

    private static Connection owner(String url) throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD);
    }

    private static long count(Connection con, String sql) throws SQLException {
        try (var st = con.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void migrations_apply_on_a_fresh_database_and_the_app_role_is_neither_superuser_nor_owner() throws Exception {
        String url = TestDatabase.createFresh("bootstrap");

        DatabaseStatus status = prepare(external(url, "fashionos_app"));

        assertThat(status.schemaVersion()).isEqualTo(TestDatabase.latestMigrationVersion());
        assertThat(status.embedded()).isFalse();
        try (Connection con = owner(url)) {
            assertThat(count(con, "select count(*) from flyway_schema_history where success"))
                    .isEqualTo(TestDatabase.migrationVersions().size());
            assertThat(count(
                            con,
                            "select count(*) from pg_roles where rolname = 'fashionos_app'"
                                    + " and not rolsuper and not rolbypassrls and rolcanlogin"))
                    .isEqualTo(1);
            assertThat(count(con, "select count(*) from pg_tables where tableowner = 'fashionos_app'"))
                    .isZero();
            assertThat(count(
                            con,
                            "select count(*) from pg_tables where schemaname = 'public'"
                                    + " and tablename in ('brands', 'accounts') and rowsecurity"))
                    .isEqualTo(2);
        }
        // a second start on the same database is a no-op
        assertThat(prepare(external(url, "fashionos_app")).schemaVersion())
                .isEqualTo(TestDatabase.latestMigrationVersion());
    }

    @Test
    void a_schema_newer_than_this_build_is_refused_and_left_untouched() throws Exception {
        String url = TestDatabase.createFresh("future");
        prepare(external(url, "fashionos_app"));
        try (Connection con = owner(url);
                var st = con.createStatement()) {
            st.execute("create table future_marker (v int)");
            st.execute("insert into future_marker values (42)");
            st.execute(
                    "insert into flyway_schema_history (installed_rank, version, description, type, script,"
                            + " checksum, installed_by, execution_time, success)"
                            + " values (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'postgres', 1, true)");
        }

        assertThatThrownBy(() -> prepare(external(url, "fashionos_app")))
                .isInstanceOfSatisfying(DatabaseStartupException.class, e -> {
                    assertThat(e.problem())
                            .contains("newer than this FashionOS build")
                            .contains("V99 from the future")
                            .contains("knows up to V" + TestDatabase.latestMigrationVersion())
                            .contains("Nothing was changed");
                    assertThat(e.action()).contains("FASHIONOS_DB_URL");
                });

        try (Connection con = owner(url)) {
            assertThat(count(con, "select v from future_marker")).isEqualTo(42);
            assertThat(count(con, "select count(*) from flyway_schema_history"))
                    .isEqualTo(TestDatabase.migrationVersions().size() + 1);
        }
    }

    @Test
    void a_superuser_app_role_is_refused() throws Exception {
        String url = TestDatabase.createFresh("super");
        String role = "fos_super_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection con = owner(url);
                var st = con.createStatement()) {
            st.execute("create role " + role + " login superuser");
        }
        try {
            assertThatThrownBy(() -> prepare(external(url, role)))
                    .isInstanceOfSatisfying(DatabaseStartupException.class, e -> {
                        assertThat(e.problem()).contains(role).contains("is a superuser");
                        assertThat(e.action()).contains("NOSUPERUSER NOBYPASSRLS");
                    });
        } finally {
            try (Connection con = owner(url);
                    var st = con.createStatement()) {
                st.execute("drop role " + role);
            }
        }
    }

    @Test
    void the_owner_cannot_double_as_the_app_role() {
        String url = TestDatabase.createFresh("same");
        assertThatThrownBy(() -> prepare(external(url, TestDatabase.ADMIN_USER)))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessageContaining("row-level security would not isolate brands");
    }

    @Test
    void an_unreachable_server_is_one_clear_line() {
        assertThatThrownBy(() -> prepare(external("jdbc:postgresql://127.0.0.1:5999/fashionos", "fashionos_app")))
                .isInstanceOfSatisfying(DatabaseStartupException.class, e -> {
                    assertThat(e.problem())
                            .isEqualTo(
                                    "Cannot reach PostgreSQL at 127.0.0.1:5999 (FASHIONOS_DB_URL): connection refused.");
                    assertThat(e.action())
                            .isEqualTo("Start PostgreSQL. Or unset FASHIONOS_DB_URL to use the embedded database.");
                });
    }

    @Test
    void a_missing_database_and_an_unknown_user_are_named() {
        String base = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String missing = base.substring(0, base.lastIndexOf('/') + 1) + "fos_does_not_exist";
        assertThatThrownBy(() -> prepare(external(missing, "fashionos_app")))
                .isInstanceOfSatisfying(DatabaseStartupException.class, e -> assertThat(e.problem())
                        .startsWith("Database 'fos_does_not_exist' does not exist on PostgreSQL at"));

        var unknownUser = new DatabaseProperties(base, "fos_nobody", "", "fashionos_app", "", null, 0, 2);
        assertThatThrownBy(() -> prepare(unknownUser))
                .isInstanceOfSatisfying(DatabaseStartupException.class, e -> assertThat(e.problem())
                        .contains("refused user 'fos_nobody'")
                        .doesNotContain("\n"));
    }

    @Test
    void a_url_that_is_not_postgresql_is_named() {
        assertThatThrownBy(() -> prepare(external("jdbc:mysql://localhost/x", "fashionos_app")))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessageContaining("is not a PostgreSQL JDBC URL");
    }

    @Test
    void with_an_ordinary_owner_brand_count_and_api_tokens_work_through_forced_rls() throws Exception {
        String url = TestDatabase.createFresh("plainowner");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ownerRole = "fos_owner_" + suffix;
        String appRole = "fos_app_" + suffix;
        try (Connection con = owner(url);
                var st = con.createStatement()) {
            st.execute("create role " + ownerRole + " login createrole nosuperuser");
            st.execute("alter database " + url.substring(url.lastIndexOf('/') + 1) + " owner to " + ownerRole);
        }
        try {
            var properties = new DatabaseProperties(url, ownerRole, "", appRole, "", null, 0, 2);
            assertThat(prepare(properties).schemaVersion()).isEqualTo(TestDatabase.latestMigrationVersion());

            var app = new java.util.Properties();
            app.setProperty("user", appRole);
            try (Connection con = DriverManager.getConnection(url, app)) {
                con.setAutoCommit(false);
                UUID brand = UUID.randomUUID();
                try (var st = con.createStatement()) {
                    st.execute("select set_config('app.brand_id', '" + brand + "', true)");
                    st.execute("insert into brands (id, slug, name) values ('" + brand + "', 'plain-" + suffix
                            + "', 'Plain')");
                    st.execute("insert into api_tokens (brand_id, name, token_hash, role) values ('" + brand
                            + "', 'sync', 'hash-" + suffix + "', 'AGENT')");
                }
                con.commit();
                assertThat(count(con, "select count(*) from brands")).isZero();
                assertThat(count(con, "select brand_count()")).isEqualTo(1);
                assertThat(count(con, "select count(*) from resolve_api_token('hash-" + suffix + "')"))
                        .isEqualTo(1);
                con.commit();
            }
        } finally {
            try (Connection con = owner(url);
                    var st = con.createStatement()) {
                st.execute("alter database " + url.substring(url.lastIndexOf('/') + 1) + " owner to "
                        + TestDatabase.ADMIN_USER);
                st.execute("reassign owned by " + ownerRole + " to " + TestDatabase.ADMIN_USER);
                st.execute("drop owned by " + ownerRole + ", " + appRole);
                st.execute("drop role " + appRole);
                st.execute("drop role " + ownerRole);
            }
        }
    }
}
