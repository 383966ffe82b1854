package com.fashionos.workflows.arch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Code that must never appear in the workflows module, one offence per class: the fixture that proves {@link
 * WorkflowDeterminismTest}'s rules can fail. Never called.
 */
@SuppressWarnings("unused")
final class ForbiddenWorkflowCode {

    private ForbiddenWorkflowCode() {}

    static final class UsesJdbc {
        Connection open() throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://localhost/test");
        }
    }

    static final class UsesHttp {
        HttpRequest request() {
            HttpClient.newHttpClient();
            return HttpRequest.newBuilder(URI.create("http://localhost")).build();
        }
    }

    static final class ReadsInstant {
        Instant now() {
            return Instant.now();
        }
    }

    static final class ReadsLocalDateTime {
        LocalDateTime now() {
            return LocalDateTime.now();
        }
    }

    static final class ReadsClock {
        long now(Clock clock) {
            return clock.millis();
        }
    }

    static final class ReadsSystemTime {
        long now() {
            return System.currentTimeMillis();
        }
    }

    static final class Sleeps {
        void pause() throws InterruptedException {
            Thread.sleep(10);
        }
    }

    static final class RandomUuid {
        UUID id() {
            return UUID.randomUUID();
        }
    }

    static final class NewRandom {
        int roll() {
            return new Random().nextInt(6);
        }
    }

    static final class OwnLogger {
        private static final Logger LOG = LoggerFactory.getLogger(OwnLogger.class);
    }
}
