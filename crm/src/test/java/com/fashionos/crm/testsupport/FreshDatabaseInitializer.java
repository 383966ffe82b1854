package com.fashionos.crm.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at a fresh database of its own (see {@link TestDatabase}), as the external
 * database of the application: migrations run as the admin user, the application connects as its own role.
 * Use with {@code @ContextConfiguration(initializers = FreshDatabaseInitializer.class)}.
 *
 * <p>The database stays empty: demo seeding is off unless the test sets {@code fashionos.demo.enabled=true}
 * itself (as {@link SeededCrmTest} does).
 */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "fashionos.db.url=" + TestDatabase.createFresh("ctx"),
                        "fashionos.db.username=" + TestDatabase.ADMIN_USER,
                        "fashionos.db.password=" + TestDatabase.ADMIN_PASSWORD)
                .applyTo(context);
        if (!context.getEnvironment().containsProperty("fashionos.demo.enabled")) {
            TestPropertyValues.of("fashionos.demo.enabled=false").applyTo(context);
        }
    }
}
