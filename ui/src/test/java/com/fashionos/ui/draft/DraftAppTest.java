package com.fashionos.ui.draft;

import com.fashionos.crm.testsupport.FreshDatabaseInitializer;
import com.fashionos.ui.FashionOsApplication;
import com.fashionos.ui.bench.BenchWorkflows;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole app on a random port over a fresh database with the demo Maison seeded, an embedded Temporal server on a
 * free port with the in-process worker, the local model and the sandbox channel (no provider keys). Every class with
 * this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = FashionOsApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "fashionos.temporal.target=",
            "fashionos.temporal.embedded-port=0",
            "fashionos.demo.enabled=true",
            "fashionos.drafts.poll-interval=200ms",
            "vaadin.launch-browser=false",
            "vaadin.allowed-packages=com.vaadin,com.fashionos.ui"
        })
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@Import({DraftFixtures.class, BenchWorkflows.class})
public @interface DraftAppTest {}
