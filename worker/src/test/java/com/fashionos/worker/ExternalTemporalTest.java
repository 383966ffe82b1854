package com.fashionos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.worker.runtime.TemporalWorker;
import com.fashionos.worker.server.EmbeddedTemporalServer;
import io.temporal.client.WorkflowClient;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The split deployment: Temporal runs elsewhere (here a port-bound dev server standing in for a real cluster), the
 * ui app is only a client, and a separate worker process runs the workflows it starts.
 */
class ExternalTemporalTest {

    static TestServer.PortBoundTestServer temporal;
    static String target;

    @BeforeAll
    static void startTemporal() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        temporal = TestServer.createPortBoundServer(port, true);
        target = "127.0.0.1:" + port;
    }

    @AfterAll
    static void stopTemporal() {
        temporal.close();
    }

    @Test
    void client_only_app_starts_a_workflow_that_a_separate_worker_process_runs() throws Exception {
        try (ConfigurableApplicationContext ui = TemporalTestApp.run(
                        "fashionos.temporal.target=" + target, "fashionos.temporal.web-ui-url=http://localhost:8233/");
                ConfigurableApplicationContext worker = TemporalTestApp.run(
                        "fashionos.temporal.target=" + target, "fashionos.worker.in-process=true")) {

            assertThat(ui.getBeansOfType(EmbeddedTemporalServer.class)).isEmpty();
            assertThat(ui.getBeansOfType(TemporalWorker.class))
                    .as("a configured target turns the in-process worker off by default")
                    .isEmpty();
            assertThat(worker.getBean(TemporalWorker.class).isRunning()).isTrue();

            String workflowId = TemporalTestApp.newWorkflowId();
            String result = TemporalTestApp.greet(ui.getBean(WorkflowClient.class), workflowId, "Desert Noir");

            assertThat(result).isEqualTo("Bonjour, Desert Noir!");
            assertThat(ui.getBean(TemporalLinks.class).workflow(workflowId))
                    .contains("http://localhost:8233/namespaces/default/workflows/" + workflowId);

            Health health = ((HealthIndicator)
                            ui.getBean(HealthContributorRegistry.class).getContributor("temporal"))
                    .health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails())
                    .containsEntry("target", target)
                    .containsEntry("embedded", false)
                    .containsEntry("workerRunning", false);
        }
    }
}
