package com.fashionos.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.client.WorkflowClient;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up work that runs a workflow and waits for it (such as indexing the playbooks) must find the in-process
 * worker already polling, whatever order the ready listeners were registered in.
 */
class ReadyListenerOrderTest {

    @Test
    void a_ready_listener_that_waits_for_a_workflow_finds_the_worker_polling() {
        AtomicReference<String> result = new AtomicReference<>();
        ApplicationListener<ApplicationReadyEvent> waitsForAWorkflow = event -> {
            WorkflowClient client = event.getApplicationContext().getBean(WorkflowClient.class);
            try {
                result.set(TemporalTestApp.greet(client, TemporalTestApp.newWorkflowId(), "Atelier Nord"));
            } catch (Exception e) {
                result.set("failed: " + e);
            }
        };

        try (ConfigurableApplicationContext ignored = TemporalTestApp.builder("fashionos.temporal.embedded-port=0")
                .listeners(waitsForAWorkflow)
                .run()) {
            assertThat(result.get()).isEqualTo("Bonjour, Atelier Nord!");
        }
    }
}
