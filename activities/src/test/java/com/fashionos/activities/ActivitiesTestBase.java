package com.fashionos.activities;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fashionos.crm.testsupport.SeededCrmTest;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Activities against the seeded demo database, with SendGrid and Twilio at the wire: one WireMock server plays both
 * (their paths differ), shared by the tests of one Spring context.
 */
public abstract class ActivitiesTestBase extends SeededCrmTest {

    public static final String TWILIO_SID = "AC0123456789abcdef0123456789abcdef";
    public static final String TWILIO_TOKEN = "test-token";
    protected static final WireMockServer PROVIDERS =
            new WireMockServer(options().dynamicPort());

    static {
        PROVIDERS.start();
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(PROVIDERS::stop));
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("fashionos.channels.sendgrid.api-key", () -> "SG.test-key");
        registry.add("fashionos.channels.sendgrid.from-email", () -> "atelier@maison-aurelle.test");
        registry.add("fashionos.channels.sendgrid.host", () -> "localhost:" + PROVIDERS.port());
        registry.add("fashionos.channels.sendgrid.plain-http", () -> "true");
        registry.add("fashionos.channels.twilio.account-sid", () -> TWILIO_SID);
        registry.add("fashionos.channels.twilio.auth-token", () -> TWILIO_TOKEN);
        registry.add("fashionos.channels.twilio.whatsapp-from", () -> "+14155238886");
        registry.add("fashionos.channels.twilio.api-override", () -> "localhost:" + PROVIDERS.port());
        registry.add("fashionos.channels.read-timeout", () -> "4s");
        registry.add("fashionos.ai.gemini.api-key", () -> "");
    }

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected PlatformTransactionManager transactionManager;

    @BeforeEach
    void resetProviders() {
        PROVIDERS.resetAll();
    }

    /** Runs {@code work} in one transaction as the demo owner of Maison Aurelle. */
    protected <T> T inMaison(Supplier<T> work) {
        return asMaison(() -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
    }
}
