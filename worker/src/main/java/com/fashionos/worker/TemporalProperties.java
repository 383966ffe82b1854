package com.fashionos.worker;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Temporal is. With no {@code target} the app starts an embedded, in-memory Temporal dev server on
 * {@code 127.0.0.1:embeddedPort}: the one-command local run. With a target (docker-compose, self-hosted, Temporal
 * Cloud) the same jars connect there instead.
 *
 * @param target host:port of the Temporal frontend ({@code FASHIONOS_TEMPORAL_TARGET}); blank = embedded server
 * @param namespace Temporal namespace ({@code FASHIONOS_TEMPORAL_NAMESPACE})
 * @param embeddedPort port of the embedded server ({@code FASHIONOS_TEMPORAL_EMBEDDED_PORT}); 0 = any free port
 * @param webUiUrl base URL of a Temporal Web UI, e.g. {@code http://localhost:8233} ({@code
 *     FASHIONOS_TEMPORAL_WEB_UI_URL}); unset = no links
 * @param connectTimeout how long start-up and health checks wait for Temporal to answer ({@code
 *     FASHIONOS_TEMPORAL_CONNECT_TIMEOUT})
 */
@ConfigurationProperties("fashionos.temporal")
public record TemporalProperties(
        @Nullable String target,
        @DefaultValue("default") String namespace,
        @DefaultValue("7233") int embeddedPort,
        @Nullable String webUiUrl,
        @DefaultValue("5s") Duration connectTimeout) {

    /** The property that names the target, for conditions and messages. */
    public static final String TARGET_PROPERTY = "fashionos.temporal.target";

    /** The environment variable that sets {@link #TARGET_PROPERTY}. */
    public static final String TARGET_ENV = "FASHIONOS_TEMPORAL_TARGET";

    /** Whether no target is configured, so this app runs the embedded dev server. */
    public boolean embedded() {
        return isBlank(target);
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
