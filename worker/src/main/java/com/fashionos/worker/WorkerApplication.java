package com.fashionos.worker;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The standalone worker process: connects to Temporal and runs every workflow and activity, with no web server.
 * Activities and their dependencies come from the modules' auto-configurations; nothing of the ui app is scanned.
 *
 * <p>The process settings are applied here, in code, rather than in an {@code application.properties} of this jar,
 * because the ui app has this jar on its class path and must not inherit them.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class WorkerApplication {

    /** Starts the worker process. */
    public static void main(String[] args) {
        application().run(args);
    }

    static SpringApplication application() {
        SpringApplication application = new SpringApplication(WorkerApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // Defaults only: FASHIONOS_WORKER_IN_PROCESS=false still wins (a client-only process, e.g. for ops).
        application.setDefaultProperties(Map.of(WorkerProperties.IN_PROCESS_PROPERTY, "true"));
        return application;
    }
}
