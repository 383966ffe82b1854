package com.fashionos.crm.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the database ready for the application, as the schema owner: refuses a schema newer than this build,
 * ensures the application role, migrates with Flyway and validates, then proves that the application role can log
 * in and is bound by row-level security (not superuser, no BYPASSRLS, owns no table). Every failure is a
 * {@link DatabaseStartupException}.
 */
final class DatabaseBootstrap {

    static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Logger log = LoggerFactory.getLogger(DatabaseBootstrap.class);

    private final DatabaseServer server;
    private final DatabaseProperties properties;
    private final ConnectionProblems.Target target;
    /** Where the database is, for messages: {@code at host:port/db (FASHIONOS_DB_URL)}. */
    private final String where;

    private DatabaseBootstrap(DatabaseServer server, DatabaseProperties properties) {
        this.server = server;
        this.properties = properties;
        this.target = ConnectionProblems.target(server.jdbcUrl(), "FASHIONOS_DB_URL");
        this.where = "at " + target.hostPort() + "/" + target.database() + " " + server.origin();
    }

    /** Runs every start-up step; returns the migrated database's status. */
    static DatabaseStatus prepare(DatabaseServer server, DatabaseProperties properties) {
        return new DatabaseBootstrap(server, properties).run();
    }

    private DatabaseStatus run() {
        String appRole = checkedAppRoleName();
        DataSource owner = ownerDataSource();
        checkOwnerConnection(owner);
        Flyway flyway = Flyway.configure(DatabaseBootstrap.class.getClassLoader())
                .dataSource(owner)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", appRole))
                .cleanDisabled(true)
                .failOnMissingLocations(true)
                .load();
        refuseNewerSchema(flyway);
        ensureAppRole(owner, appRole);
        String version = migrate(flyway);
        verifyAppRole(appRole);
        log.info("Database {} at schema version {}; application connects as {}", where, version, appRole);
        return new DatabaseStatus(server.jdbcUrl(), appRole, version, server.embedded());
    }

    private String checkedAppRoleName() {
        String appRole = properties.appUsername();
        if (!ROLE_NAME.matcher(appRole).matches()) {
            throw new DatabaseStartupException(
                    "Application role name '" + appRole + "' (FASHIONOS_DB_APP_USERNAME) is not a plain PostgreSQL "
                            + "identifier.",
                    "Use lower-case letters, digits and underscores, e.g. fashionos_app.");
        }
        if (appRole.equals(server.ownerUsername())) {
            throw new DatabaseStartupException(
                    "The application role and the schema owner are both '" + appRole + "': row-level security would "
                            + "not isolate brands.",
                    "Set FASHIONOS_DB_APP_USERNAME to a role other than FASHIONOS_DB_USERNAME (default fashionos_app).");
        }
        return appRole;
    }

    private DataSource ownerDataSource() {
        var ds = new PGSimpleDataSource();
        ds.setURL(server.jdbcUrl());
        ds.setUser(server.ownerUsername());
        ds.setPassword(server.ownerPassword());
        ds.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        ds.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        ds.setApplicationName("fashionos-migrations");
        return ds;
    }

    private void checkOwnerConnection(DataSource owner) {
        try (Connection con = owner.getConnection()) {
            con.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw ConnectionProblems.explain(
                    e,
                    target,
                    server.ownerUsername(),
                    server.origin(),
                    "FASHIONOS_DB_USERNAME / FASHIONOS_DB_PASSWORD",
                    server.embedded()
                            ? "Restart FashionOS."
                            : "Or unset FASHIONOS_DB_URL to use the embedded database.");
        }
    }

    /** Flyway ignores applied migrations it does not know ("future"); a newer schema must not be touched. */
    private void refuseNewerSchema(Flyway flyway) {
        MigrationInfo[] all = info(flyway);
        List<MigrationInfo> future = Arrays.stream(all)
                .filter(i ->
                        i.getState() == MigrationState.FUTURE_SUCCESS || i.getState() == MigrationState.FUTURE_FAILED)
                .toList();
        if (future.isEmpty()) {
            return;
        }
        String newestKnown = Arrays.stream(all)
                .filter(i -> i.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse("none");
        String unknown = future.stream()
                .map(i -> "V" + i.getVersion().getVersion() + " " + i.getDescription())
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        throw new DatabaseStartupException(
                "The database " + where + " has a schema newer than this FashionOS build (applied "
                        + "migrations unknown here: " + unknown + "; this build knows up to V" + newestKnown
                        + "). Nothing was changed.",
                "Run the FashionOS version that created this schema (or a newer one), or point "
                        + (server.embedded() ? "FASHIONOS_DB_DATA_DIR" : "FASHIONOS_DB_URL")
                        + " at another database.");
    }

    private MigrationInfo[] info(Flyway flyway) {
        try {
            return flyway.info().all();
        } catch (FlywayException e) {
            throw migrationFailure("Cannot read the migration history of", e);
        }
    }

    private void ensureAppRole(DataSource owner, String appRole) {
        String password = properties.appPassword();
        try (Connection con = owner.getConnection()) {
            RoleFlags flags = roleFlags(con, appRole);
            if (flags == null) {
                try {
                    execute(
                            con,
                            "select format('CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"
                                    + (password.isEmpty() ? "'" : " PASSWORD %L'") + ", ?::text"
                                    + (password.isEmpty() ? "" : ", ?::text") + ")",
                            appRole,
                            password);
                    log.info("Created the application role {}", appRole);
                } catch (SQLException e) {
                    // another instance may have created it concurrently
                    if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            } else if (!password.isEmpty()) {
                execute(con, "select format('ALTER ROLE %I PASSWORD %L', ?::text, ?::text)", appRole, password);
            }
            refuseUnsafeRole(roleFlags(con, appRole), appRole);
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new DatabaseStartupException(
                        "The schema owner '" + server.ownerUsername() + "' may not create or alter the application "
                                + "role '" + appRole + "': " + ConnectionProblems.firstLine(e) + ".",
                        "Create it once as a superuser (CREATE ROLE " + appRole + " LOGIN PASSWORD '...' NOSUPERUSER "
                                + "NOBYPASSRLS) and set FASHIONOS_DB_APP_PASSWORD, or grant CREATEROLE to the owner.",
                        e);
            }
            throw new DatabaseStartupException(
                    "Cannot prepare the application role '" + appRole + "' in the database " + where + ": "
                            + ConnectionProblems.firstLine(e) + ".",
                    "Check the privileges of FASHIONOS_DB_USERNAME.",
                    e);
        }
    }

    private record RoleFlags(boolean superuser, boolean bypassRls, boolean canLogin) {}

    private static @Nullable RoleFlags roleFlags(Connection con, String role) throws SQLException {
        try (var ps =
                con.prepareStatement("select rolsuper, rolbypassrls, rolcanlogin from pg_roles where rolname = ?")) {
            ps.setString(1, role);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? new RoleFlags(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)) : null;
            }
        }
    }

    private void refuseUnsafeRole(@Nullable RoleFlags flags, String appRole) {
        if (flags == null) {
            throw new DatabaseStartupException(
                    "The application role '" + appRole + "' does not exist " + where + ".",
                    "Create it: CREATE ROLE " + appRole + " LOGIN NOSUPERUSER NOBYPASSRLS.");
        }
        if (flags.superuser() || flags.bypassRls()) {
            throw new DatabaseStartupException(
                    "The application role '" + appRole + "' " + (flags.superuser() ? "is a superuser" : "has BYPASSRLS")
                            + ", so row-level security would not isolate brands; refusing to start.",
                    "Run ALTER ROLE " + appRole + " NOSUPERUSER NOBYPASSRLS, or set FASHIONOS_DB_APP_USERNAME to "
                            + "another role.");
        }
        if (!flags.canLogin()) {
            throw new DatabaseStartupException(
                    "The application role '" + appRole + "' cannot log in.", "Run ALTER ROLE " + appRole + " LOGIN.");
        }
    }

    /** Runs the statement that {@code generator} (a {@code select format(...)}) builds from {@code args}. */
    private static void execute(Connection con, String generator, String... args) throws SQLException {
        String sql;
        try (var ps = con.prepareStatement(generator)) {
            int n = (int) generator.chars().filter(c -> c == '?').count();
            for (int i = 0; i < n; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (var rs = ps.executeQuery()) {
                rs.next();
                sql = rs.getString(1);
            }
        }
        try (var st = con.createStatement()) {
            st.execute(sql);
        }
    }

    private String migrate(Flyway flyway) {
        try {
            var result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Applied {} migration(s) to the database {}", result.migrationsExecuted, where);
            }
            var validation = flyway.validateWithResult();
            if (!validation.validationSuccessful) {
                throw new DatabaseStartupException(
                        "The database schema " + where + " does not match this build's migrations: "
                                + validation
                                        .getAllErrorMessages()
                                        .lines()
                                        .findFirst()
                                        .orElse("") + ".",
                        "Restore the migrations this database was built with, or use a fresh database.");
            }
            MigrationInfo current = flyway.info().current();
            return current == null || current.getVersion() == null
                    ? "none"
                    : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw migrationFailure("Cannot migrate", e);
        }
    }

    private DatabaseStartupException migrationFailure(String what, FlywayException e) {
        String line = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return new DatabaseStartupException(
                what + " the database schema " + where + ": " + line,
                "Fix the cause above (the schema owner FASHIONOS_DB_USERNAME needs to own the database or its "
                        + "public schema) and start again.",
                e);
    }

    private void verifyAppRole(String appRole) {
        Properties props = appConnectionProperties(properties);
        try (Connection con = DriverManager.getConnection(server.jdbcUrl(), props);
                var ps = con.prepareStatement("select r.rolsuper, r.rolbypassrls, r.rolcanlogin, current_user,"
                        + " (select count(*) from pg_tables t where t.tableowner = current_user)"
                        + " from pg_roles r where r.rolname = current_user");
                var rs = ps.executeQuery()) {
            rs.next();
            if (!appRole.equals(rs.getString(4))) {
                throw new DatabaseStartupException(
                        "The application connection logs in as '" + rs.getString(4) + "', not as '" + appRole + "'.",
                        "Remove the user parameter from FASHIONOS_DB_URL.");
            }
            refuseUnsafeRole(new RoleFlags(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)), appRole);
            if (rs.getLong(5) > 0) {
                throw new DatabaseStartupException(
                        "The application role '" + appRole + "' owns tables, so forced row-level security is its "
                                + "own to switch off; refusing to start.",
                        "Transfer the tables to the schema owner (REASSIGN OWNED BY " + appRole + " TO "
                                + server.ownerUsername() + ") or use another FASHIONOS_DB_APP_USERNAME.");
            }
        } catch (SQLException e) {
            throw ConnectionProblems.explain(
                    e,
                    target,
                    appRole,
                    server.origin(),
                    "FASHIONOS_DB_APP_USERNAME / FASHIONOS_DB_APP_PASSWORD",
                    "Check FASHIONOS_DB_URL.");
        }
    }

    /** Connection properties of the application role: credentials and short timeouts, so start-up fails fast. */
    static Properties appConnectionProperties(DatabaseProperties properties) {
        Properties props = new Properties();
        props.setProperty("user", properties.appUsername());
        if (!properties.appPassword().isEmpty()) {
            props.setProperty("password", properties.appPassword());
        }
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("ApplicationName", "fashionos");
        return props;
    }
}
