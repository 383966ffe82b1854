package com.fashionos.ui.support;

import com.fashionos.crm.testsupport.FreshDatabaseInitializer;
import com.fashionos.ui.FashionOsApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a port of its own, against a fresh PostgreSQL database and an embedded Temporal server
 * on a free port, with the {@link UiFixtures} brands, users and contacts. Every test class with this annotation
 * shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = FashionOsApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "fashionos.temporal.target=",
            "fashionos.temporal.embedded-port=0",
            // busy CI machines: the embedded server can take longer than the production fail-fast deadline
            "fashionos.temporal.connect-timeout=60s",
            "fashionos.demo.enabled=true",
            "vaadin.launch-browser=false"
        })
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@Import(UiFixtures.class)
public @interface UiIntegrationTest {}
