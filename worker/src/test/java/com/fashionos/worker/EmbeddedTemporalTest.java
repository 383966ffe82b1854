package com.fashionos.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fashionos.worker.runtime.TemporalWorker;
import com.fashionos.worker.server.EmbeddedTemporalServer;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/** The one-command local run: no target configured, so the app starts Temporal itself and runs the worker. */
@SpringBootTest(classes = TemporalTestApp.class, properties = "fashionos.temporal.embedded-port=0")
class EmbeddedTemporalTest {

    @Autowired
    WorkflowClient client;

    @Autowired
    EmbeddedTemporalServer server;

    @Autowired
    TemporalWorker worker;

    @Autowired
    HealthContributorRegistry health;

    @Autowired
    TemporalLinks links;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void workflow_runs_end_to_end_on_the_in_process_worker_against_the_embedded_server() throws Exception {
        assertThat(TemporalTestApp.greet(client, TemporalTestApp.newWorkflowId(), "Maison Lune"))
                .isEqualTo("Bonjour, Maison Lune!");
    }

    @Test
    void the_app_calls_the_server_in_process_and_a_client_on_the_port_sees_the_same_workflows() throws Exception {
        assertThat(client.getWorkflowServiceStubs().getOptions().getChannel())
                .as("the app's stubs use the in-process channel, not a socket")
                .isSameAs(server.inProcessChannel());
        String workflowId = TemporalTestApp.newWorkflowId();
        TemporalTestApp.greet(client, workflowId, "Maison Lune");

        var overTcp = io.temporal.serviceclient.WorkflowServiceStubs.newServiceStubs(
                io.temporal.serviceclient.WorkflowServiceStubsOptions.newBuilder()
                        .setTarget(server.target())
                        .build());
        try {
            var description = overTcp.blockingStub()
                    .describeWorkflowExecution(
                            io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest.newBuilder()
                                    .setNamespace("default")
                                    .setExecution(io.temporal.api.common.v1.WorkflowExecution.newBuilder()
                                            .setWorkflowId(workflowId))
                                    .build());
            assertThat(description.getWorkflowExecutionInfo().getStatus())
                    .isEqualTo(io.temporal.api.enums.v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
        } finally {
            overTcp.shutdownNow();
        }
    }

    @Test
    void the_worker_tolerates_a_saturated_machine_before_calling_a_task_deadlocked() throws Exception {
        TemporalTestApp.greet(client, TemporalTestApp.newWorkflowId(), "Maison Lune");
        assertThat(worker.optionsOf(com.fashionos.workflows.TaskQueues.CRM))
                .hasValueSatisfying(options ->
                        assertThat(options.getDefaultDeadlockDetectionTimeout()).isEqualTo(10_000));
    }

    @Test
    void embedded_server_listens_on_loopback_only() throws Exception {
        assertThat(server.target()).isEqualTo("127.0.0.1:" + server.port());
        assertThat(server.port()).isPositive();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 1000);
            assertThat(socket.isConnected()).isTrue();
        }
        InetAddress external = NetworkInterface.networkInterfaces()
                .filter(EmbeddedTemporalTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst()
                .orElse(null);
        assumeTrue(external != null, "no non-loopback IPv4 address to try");
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(external, server.port()), 1000))
                    .as("not reachable on %s", external)
                    .isInstanceOf(IOException.class);
        }
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    @Test
    void health_is_up_and_names_the_embedded_target_and_the_running_worker() {
        HealthIndicator indicator = (HealthIndicator) health.getContributor("temporal");
        assertThat(indicator).isNotNull();

        Health result = indicator.health();

        assertThat(result.getStatus()).isEqualTo(Status.UP);
        assertThat(result.getDetails())
                .containsEntry("target", server.target())
                .containsEntry("namespace", "default")
                .containsEntry("embedded", true)
                .containsEntry("workerRunning", true);
        assertThat(worker.isRunning()).isTrue();
    }

    @Test
    void a_stopped_and_restarted_context_polls_again() throws Exception {
        // what Spring's test-context cache does to an inactive context ("pausing"), and any orderly stop/start
        context.stop();
        assertThat(worker.isRunning()).isFalse();

        context.start();

        assertThat(worker.isRunning()).isTrue();
        assertThat(TemporalTestApp.greet(client, TemporalTestApp.newWorkflowId(), "Maison Lune"))
                .isEqualTo("Bonjour, Maison Lune!");
    }

    @Test
    void links_are_empty_without_a_web_ui() {
        assertThat(links.workflow("draft-1")).isEmpty();
    }
}
