package com.fashionos.crm.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the CRM's PostgreSQL lives and how to log in to it.
 *
 * @param url JDBC URL of an external PostgreSQL database ({@code FASHIONOS_DB_URL}); blank starts an embedded
 *     PostgreSQL that keeps its data in {@code dataDir}
 * @param username the schema owner that runs migrations ({@code FASHIONOS_DB_USERNAME}, default {@code postgres})
 * @param password its password ({@code FASHIONOS_DB_PASSWORD}, default empty)
 * @param appUsername the role the application connects as; never superuser, never owner, never bypasses
 *     row-level security ({@code FASHIONOS_DB_APP_USERNAME}, default {@code fashionos_app})
 * @param appPassword its password ({@code FASHIONOS_DB_APP_PASSWORD}, default empty: not set on the role)
 * @param dataDir data directory of the embedded PostgreSQL ({@code FASHIONOS_DB_DATA_DIR}, default
 *     {@code ~/.fashionos/postgres})
 * @param embeddedPort port of the embedded PostgreSQL ({@code FASHIONOS_DB_EMBEDDED_PORT}, default 54329)
 * @param poolSize maximum connections of the application pool ({@code FASHIONOS_DB_POOL_SIZE}, default 10)
 */
@ConfigurationProperties("fashionos.db")
public record DatabaseProperties(
        @DefaultValue("") String url,
        @DefaultValue("postgres") String username,
        @DefaultValue("") String password,
        @DefaultValue("fashionos_app") String appUsername,
        @DefaultValue("") String appPassword,
        @Nullable Path dataDir,
        @DefaultValue("54329") int embeddedPort,
        @DefaultValue("10") int poolSize) {

    /** The embedded PostgreSQL's data directory: {@code dataDir}, or {@code ~/.fashionos/postgres}. */
    public Path effectiveDataDir() {
        return dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".fashionos", "postgres");
    }

    /** Whether no external database is configured, so an embedded one is started. */
    public boolean embedded() {
        return url.isBlank();
    }
}
