package com.fashionos.worker;

import com.fashionos.worker.runtime.WorkflowRegistrations;
import com.fashionos.workflows.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * An app like ui or the worker process, through the real auto-configuration imports, plus a test workflow and an
 * activity bean. The CRM's database and the activities that need it are left out: these tests are about Temporal.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(
        excludeName = {
            "com.fashionos.crm.CrmAutoConfiguration",
            "com.fashionos.activities.ActivitiesAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
        })
class TemporalTestApp {

    @Bean
    GreetingActivitiesImpl greetingActivities() {
        return new GreetingActivitiesImpl();
    }

    @Bean
    WorkflowRegistrations workflowRegistrations() {
        return WorkflowRegistrations.fromCatalog().with(GreetingWorkflowImpl.class, TaskQueues.CRM);
    }

    static ConfigurableApplicationContext run(String... properties) {
        return builder(properties).run();
    }

    static SpringApplicationBuilder builder(String... properties) {
        return new SpringApplicationBuilder(TemporalTestApp.class)
                .properties(properties)
                .properties("spring.main.banner-mode=off");
    }

    /** Starts the greeting workflow and waits (bounded) for its result. */
    static String greet(WorkflowClient client, String workflowId, String name) throws Exception {
        GreetingWorkflow workflow = client.newWorkflowStub(
                GreetingWorkflow.class,
                WorkflowOptions.newBuilder()
                        .setTaskQueue(TaskQueues.CRM)
                        .setWorkflowId(workflowId)
                        .setWorkflowExecutionTimeout(Duration.ofSeconds(30))
                        .build());
        WorkflowClient.start(workflow::greet, name);
        return WorkflowStub.fromTyped(workflow).getResult(15, TimeUnit.SECONDS, String.class);
    }

    static String newWorkflowId() {
        return "greet-test-" + UUID.randomUUID();
    }
}
