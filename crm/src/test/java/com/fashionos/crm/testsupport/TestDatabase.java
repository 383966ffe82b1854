package com.fashionos.crm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Fresh, empty PostgreSQL databases for tests, on the server named by the system property {@code test.db.url}
 * (default the machine's {@code jdbc:postgresql://127.0.0.1:5432/test}). Each database is dropped when the JVM
 * exits, so parallel or repeated runs never see each other's rows.
 */
public final class TestDatabase {

    public static final String ADMIN_USER = System.getProperty("test.db.user", "postgres");
    public static final String ADMIN_PASSWORD = System.getProperty("test.db.password", "");
    private static final String ADMIN_URL = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/test");

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    private TestDatabase() {}

    /** The versions of the migrations this build ships, oldest first, as Flyway reports them (e.g. {@code "011"}). */
    public static List<String> migrationVersions() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql");
            return Arrays.stream(resources)
                    .map(r -> MIGRATION.matcher(String.valueOf(r.getFilename())))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the newest migration this build ships. */
    public static String latestMigrationVersion() {
        return migrationVersions().getLast();
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public static String createFresh(String purpose) {
        String name = "fos_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> drop(name)));
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    private static void drop(String name) {
        try {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (IllegalStateException ignored) {
            // best effort at shutdown
        }
    }

    private static void execute(String sql) {
        try (var con = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
                var st = con.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database at " + ADMIN_URL + " not usable: " + e.getMessage(), e);
        }
    }
}
