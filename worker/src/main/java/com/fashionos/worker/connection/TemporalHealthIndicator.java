package com.fashionos.worker.connection;

import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code temporal} health: UP when the Temporal frontend answers, with where it is (target, namespace, embedded
 * or not) and whether this JVM's worker is running.
 */
public final class TemporalHealthIndicator implements HealthIndicator {

    private final WorkflowServiceStubs stubs;
    private final String target;
    private final String namespace;
    private final boolean embedded;
    private final BooleanSupplier workerRunning;
    private final Duration timeout;

    /**
     * @param workerRunning whether this JVM's worker polls (always false when it runs none)
     * @param timeout deadline of the check call
     */
    public TemporalHealthIndicator(
            WorkflowServiceStubs stubs,
            String target,
            String namespace,
            boolean embedded,
            BooleanSupplier workerRunning,
            Duration timeout) {
        this.stubs = stubs;
        this.target = target;
        this.namespace = namespace;
        this.embedded = embedded;
        this.workerRunning = workerRunning;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.unknown()
                .withDetail("target", target)
                .withDetail("namespace", namespace)
                .withDetail("embedded", embedded)
                .withDetail("workerRunning", workerRunning.getAsBoolean());
        try {
            TemporalProbe.check(stubs, timeout);
            return health.up().build();
        } catch (RuntimeException e) {
            return health.down().withDetail("error", TemporalProbe.reason(e)).build();
        }
    }
}
