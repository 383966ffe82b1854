package com.fashionos.ui.bench;

import com.fashionos.worker.runtime.WorkflowRegistrations;
import com.fashionos.workflows.TaskQueues;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the benchmark's bare workflow beside the catalog's, and its activity bean. */
@TestConfiguration(proxyBeanMethods = false)
public class BenchWorkflows {

    @Bean
    WorkflowRegistrations workflowRegistrations() {
        return WorkflowRegistrations.fromCatalog().with(BareWorkflow.Impl.class, TaskQueues.CRM);
    }

    @Bean
    BareWorkflow.EchoImpl bareEcho() {
        return new BareWorkflow.EchoImpl();
    }
}
