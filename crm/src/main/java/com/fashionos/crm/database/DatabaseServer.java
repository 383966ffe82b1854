package com.fashionos.crm.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the CRM uses: the external one named by {@code fashionos.db.url}, or an embedded one
 * started here (data kept in {@code fashionos.db.data-dir}, database {@code fashionos}). Closing it stops the
 * embedded server; an external server is left alone.
 */
public final class DatabaseServer implements AutoCloseable {

    /** The database created in (and used from) the embedded server. */
    public static final String EMBEDDED_DATABASE = "fashionos";

    static final String EMBEDDED_SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);

    private final @Nullable EmbeddedPostgres embedded;
    private final String jdbcUrl;
    private final String ownerUsername;
    private final String ownerPassword;
    private final String origin;

    private DatabaseServer(
            @Nullable EmbeddedPostgres embedded,
            String jdbcUrl,
            String ownerUsername,
            String ownerPassword,
            String origin) {
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
        this.ownerUsername = ownerUsername;
        this.ownerPassword = ownerPassword;
        this.origin = origin;
    }

    /** Uses the configured external server, or starts the embedded one when no URL is configured. */
    public static DatabaseServer open(DatabaseProperties properties) {
        if (!properties.embedded()) {
            String url = properties.url().trim();
            ConnectionProblems.target(url, "FASHIONOS_DB_URL");
            return new DatabaseServer(null, url, properties.username(), properties.password(), "(FASHIONOS_DB_URL)");
        }
        return startEmbedded(properties.effectiveDataDir(), properties.embeddedPort());
    }

    private static DatabaseServer startEmbedded(Path dataDir, int port) {
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(dataDir);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky turns synchronous_commit off for speed; a CRM keeps every committed row
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new DatabaseStartupException(
                    "Cannot start the embedded PostgreSQL on port " + port + " with data in " + dataDir + ": "
                            + ConnectionProblems.firstLine(e) + ".",
                    "Free port " + port + " (or set FASHIONOS_DB_EMBEDDED_PORT), make sure no other FashionOS uses "
                            + "that data directory (FASHIONOS_DB_DATA_DIR), or set FASHIONOS_DB_URL to use an "
                            + "external PostgreSQL.",
                    e);
        }
        String origin = "(embedded, data in " + dataDir + ")";
        try {
            createDatabaseIfMissing(postgres.getPort());
        } catch (SQLException e) {
            close(postgres);
            throw new DatabaseStartupException(
                    "Cannot create database '" + EMBEDDED_DATABASE + "' in the embedded PostgreSQL " + origin + ": "
                            + ConnectionProblems.firstLine(e) + ".",
                    "Move the data directory aside (or set FASHIONOS_DB_DATA_DIR to a new one) and start again.",
                    e);
        }
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
        return new DatabaseServer(
                postgres,
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + EMBEDDED_DATABASE,
                EMBEDDED_SUPERUSER,
                "",
                origin);
    }

    private static void createDatabaseIfMissing(int port) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", EMBEDDED_SUPERUSER);
        try (var con = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", props);
                var exists = con.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, EMBEDDED_DATABASE);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = con.createStatement()) {
                        create.execute("CREATE DATABASE " + EMBEDDED_DATABASE);
                    }
                }
            }
        }
    }

    /** JDBC URL of the CRM database, without credentials. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Whether this is the embedded server started by this application. */
    public boolean embedded() {
        return embedded != null;
    }

    /** The schema owner that runs migrations. */
    String ownerUsername() {
        return ownerUsername;
    }

    String ownerPassword() {
        return ownerPassword;
    }

    /** How the operator configured this server, for messages: {@code (FASHIONOS_DB_URL)} or the data dir. */
    String origin() {
        return origin;
    }

    @Override
    public void close() {
        if (embedded != null) {
            close(embedded);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}
