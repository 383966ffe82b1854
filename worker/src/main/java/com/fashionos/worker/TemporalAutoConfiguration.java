package com.fashionos.worker;

import com.fashionos.worker.connection.TemporalHealthIndicator;
import com.fashionos.worker.connection.TemporalProbe;
import com.fashionos.worker.connection.TemporalUnreachableException;
import com.fashionos.worker.runtime.TemporalWorker;
import com.fashionos.worker.runtime.WorkflowRegistrations;
import com.fashionos.worker.server.EmbeddedTemporalServer;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.Objects;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Temporal for every FashionOS app that has this module on its class path (the ui app, the standalone worker):
 *
 * <ul>
 *   <li>no {@code fashionos.temporal.target}: starts the embedded dev server ({@link EmbeddedTemporalServer});
 *   <li>{@link WorkflowServiceStubs} and {@link WorkflowClient} for the target or the embedded server (called in
 *       process, see {@link EmbeddedTemporalServer#inProcessChannel()}); an
 *       unreachable target fails the start-up with one clear line ({@link TemporalUnreachableException});
 *   <li>with {@code fashionos.worker.in-process} (default: when the embedded server runs) a {@link TemporalWorker}
 *       that registers every workflow of the {@link WorkflowRegistrations} and every activity bean;
 *   <li>the {@code temporal} health indicator and {@link TemporalLinks}.
 * </ul>
 */
@AutoConfiguration
@EnableConfigurationProperties({TemporalProperties.class, WorkerProperties.class})
public class TemporalAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WorkflowServiceStubs temporalServiceStubs(
            TemporalEndpoint endpoint,
            TemporalProperties properties,
            ObjectProvider<EmbeddedTemporalServer> embeddedServer) {
        // the embedded server is called in process; a configured target over the network
        EmbeddedTemporalServer embedded = embeddedServer.getIfAvailable();
        WorkflowServiceStubsOptions.Builder options = WorkflowServiceStubsOptions.newBuilder();
        if (embedded != null) {
            options.setChannel(embedded.inProcessChannel());
        } else {
            options.setTarget(endpoint.target());
        }
        WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(options.build());
        try {
            TemporalProbe.check(stubs, properties.connectTimeout());
        } catch (RuntimeException e) {
            stubs.shutdownNow();
            if (endpoint.embedded()) {
                throw new IllegalStateException(
                        "The embedded Temporal server at " + endpoint.target() + " does not answer", e);
            }
            throw new TemporalUnreachableException(endpoint.target(), e);
        }
        return stubs;
    }

    @Bean
    @ConditionalOnMissingBean
    WorkflowClient temporalWorkflowClient(WorkflowServiceStubs stubs, TemporalProperties properties) {
        return WorkflowClient.newInstance(
                stubs,
                WorkflowClientOptions.newBuilder()
                        .setNamespace(properties.namespace())
                        .build());
    }

    @Bean
    @ConditionalOnMissingBean
    TemporalLinks temporalLinks(TemporalProperties properties) {
        return new TemporalLinks(properties.webUiUrl(), properties.namespace());
    }

    /** The embedded dev server, when no target is configured. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(TemporalConditions.OnEmbeddedServer.class)
    static class EmbeddedServerConfiguration {

        @Bean(destroyMethod = "close")
        EmbeddedTemporalServer embeddedTemporalServer(TemporalProperties properties) {
            return EmbeddedTemporalServer.start(properties.embeddedPort());
        }

        @Bean
        TemporalEndpoint temporalEndpoint(EmbeddedTemporalServer server) {
            return new TemporalEndpoint(server.target(), true);
        }
    }

    /** The configured target. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(TemporalConditions.OnExternalTarget.class)
    static class ExternalTargetConfiguration {

        @Bean
        TemporalEndpoint temporalEndpoint(TemporalProperties properties) {
            return new TemporalEndpoint(
                    Objects.requireNonNull(properties.target()).trim(), false);
        }
    }

    /** The worker in this JVM. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(TemporalConditions.OnInProcessWorker.class)
    static class InProcessWorkerConfiguration {

        @Bean
        @ConditionalOnMissingBean
        WorkflowRegistrations workflowRegistrations() {
            return WorkflowRegistrations.fromCatalog();
        }

        @Bean
        TemporalWorker temporalWorker(
                WorkflowClient client,
                WorkflowRegistrations workflows,
                ListableBeanFactory beans,
                WorkerProperties properties) {
            return new TemporalWorker(
                    client,
                    workflows,
                    beans,
                    new TemporalWorker.Limits(
                            properties.maxConcurrentActivities(),
                            properties.maxConcurrentWorkflowTasks(),
                            properties.pollers(),
                            properties.workflowCacheSize(),
                            properties.maxWorkflowThreads(),
                            properties.virtualWorkflowThreads(),
                            properties.shutdownTimeout(),
                            properties.deadlockDetectionTimeout()));
        }
    }

    /** The {@code temporal} health indicator, when Spring Boot's health support is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnEnabledHealthIndicator("temporal")
    static class HealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "temporalHealthIndicator")
        TemporalHealthIndicator temporalHealthIndicator(
                WorkflowServiceStubs stubs,
                TemporalEndpoint endpoint,
                TemporalProperties properties,
                ObjectProvider<TemporalWorker> worker) {
            return new TemporalHealthIndicator(
                    stubs,
                    endpoint.target(),
                    properties.namespace(),
                    endpoint.embedded(),
                    () -> {
                        TemporalWorker running = worker.getIfAvailable();
                        return running != null && running.isRunning();
                    },
                    properties.connectTimeout());
        }
    }
}
