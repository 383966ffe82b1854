package com.fashionos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The documented environment variables set the properties, and the defaults fit the one-command run. */
class TemporalPropertiesTest {

    @Test
    void defaults_start_the_embedded_server_and_an_in_process_worker() {
        StandardEnvironment environment = environment(Map.of());

        TemporalProperties temporal = bind(environment);

        assertThat(temporal.target()).isNull();
        assertThat(temporal.embedded()).isTrue();
        assertThat(temporal.namespace()).isEqualTo("default");
        assertThat(temporal.embeddedPort()).isEqualTo(7233);
        assertThat(temporal.webUiUrl()).isNull();
        assertThat(temporal.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(TemporalConditions.inProcessWorker(environment)).isTrue();
    }

    @Test
    void environment_variables_set_every_property() {
        StandardEnvironment environment = environment(Map.of(
                "FASHIONOS_TEMPORAL_TARGET", "temporal:7233",
                "FASHIONOS_TEMPORAL_NAMESPACE", "fashion",
                "FASHIONOS_TEMPORAL_EMBEDDED_PORT", "17233",
                "FASHIONOS_TEMPORAL_WEB_UI_URL", "http://localhost:8233",
                "FASHIONOS_WORKER_IN_PROCESS", "true"));

        TemporalProperties temporal = bind(environment);

        assertThat(temporal.target()).isEqualTo("temporal:7233");
        assertThat(temporal.embedded()).isFalse();
        assertThat(temporal.namespace()).isEqualTo("fashion");
        assertThat(temporal.embeddedPort()).isEqualTo(17233);
        assertThat(temporal.webUiUrl()).isEqualTo("http://localhost:8233");
        assertThat(TemporalConditions.inProcessWorker(environment)).isTrue();
    }

    @Test
    void a_configured_target_turns_the_in_process_worker_off_unless_asked_for() {
        assertThat(TemporalConditions.inProcessWorker(environment(Map.of("FASHIONOS_TEMPORAL_TARGET", "t:7233"))))
                .isFalse();
        assertThat(TemporalConditions.inProcessWorker(environment(Map.of("FASHIONOS_TEMPORAL_TARGET", " "))))
                .as("a blank target means embedded")
                .isTrue();
        assertThat(TemporalConditions.inProcessWorker(environment(Map.of("FASHIONOS_WORKER_IN_PROCESS", "false"))))
                .isFalse();
    }

    @Test
    void links_point_at_the_workflow_page_of_the_web_ui() {
        TemporalLinks links = new TemporalLinks("http://localhost:8233/", "default");

        assertThat(links.workflow("draft-brand 1/x"))
                .contains("http://localhost:8233/namespaces/default/workflows/draft-brand%201%2Fx");
        assertThat(new TemporalLinks(" ", "default").workflow("draft-1")).isEmpty();
    }

    @Test
    void worker_process_runs_without_a_web_server_and_with_its_worker() {
        var application = WorkerApplication.application();

        assertThat(application.getWebApplicationType()).isEqualTo(org.springframework.boot.WebApplicationType.NONE);
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return environment;
    }

    private static TemporalProperties bind(StandardEnvironment environment) {
        return Binder.get(environment).bindOrCreate("fashionos.temporal", TemporalProperties.class);
    }
}
