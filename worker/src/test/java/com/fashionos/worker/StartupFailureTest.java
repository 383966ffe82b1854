package com.fashionos.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** Misconfigured Temporal fails the start-up at once, with one line that says what, where and how to fix it. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @Test
    void unreachable_target_fails_start_up_with_one_clear_line(CapturedOutput output) throws IOException {
        int closedPort = freePort();
        String target = "127.0.0.1:" + closedPort;

        Throwable failure = catchThrowable(() ->
                TemporalTestApp.run("fashionos.temporal.target=" + target, "fashionos.temporal.connect-timeout=2s"));

        FailureAnalysis analysis = analyze(failure);
        assertThat(analysis.getDescription())
                .startsWith("Cannot reach Temporal at " + target + " (FASHIONOS_TEMPORAL_TARGET): UNAVAILABLE")
                .doesNotContain("\n");
        assertThat(analysis.getAction())
                .isEqualTo("Start Temporal there, or unset FASHIONOS_TEMPORAL_TARGET to use the embedded server.");
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", analysis.getDescription());
    }

    @Test
    void silent_target_fails_start_up_within_the_connect_timeout() throws IOException {
        // Accepts TCP connections (kernel backlog) but never speaks gRPC: a hung or firewalled server.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String target = "127.0.0.1:" + silent.getLocalPort();
            long start = System.nanoTime();

            Throwable failure = catchThrowable(() -> TemporalTestApp.run(
                    "fashionos.temporal.target=" + target, "fashionos.temporal.connect-timeout=1s"));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
            assertThat(analyze(failure).getDescription())
                    .startsWith(
                            "Cannot reach Temporal at " + target + " (FASHIONOS_TEMPORAL_TARGET): DEADLINE_EXCEEDED");
        }
    }

    @Test
    void taken_embedded_port_fails_start_up_with_one_clear_line(CapturedOutput output) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            Throwable failure = catchThrowable(() -> TemporalTestApp.run("fashionos.temporal.embedded-port=" + port));

            FailureAnalysis analysis = analyze(failure);
            assertThat(analysis.getDescription())
                    .isEqualTo("Cannot start the embedded Temporal server: 127.0.0.1:" + port
                            + " is already in use (FASHIONOS_TEMPORAL_EMBEDDED_PORT).");
            assertThat(analysis.getAction()).contains("FASHIONOS_TEMPORAL_EMBEDDED_PORT", "FASHIONOS_TEMPORAL_TARGET");
            assertThat(output.getOut()).contains(analysis.getDescription());
        }
    }

    /** Analyses the failure with the analyzers registered in spring.factories, as Spring Boot does. */
    private static FailureAnalysis analyze(Throwable failure) {
        assertThat(failure).isNotNull();
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, null, SpringFactoriesLoader.FailureHandler.handleMessage((m, e) -> {}));
        FailureAnalyzer temporal = analyzers.stream()
                .filter(TemporalStartupFailureAnalyzer.class::isInstance)
                .findFirst()
                .orElseThrow();
        FailureAnalysis analysis = temporal.analyze(failure);
        assertThat(analysis).isNotNull();
        return analysis;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
