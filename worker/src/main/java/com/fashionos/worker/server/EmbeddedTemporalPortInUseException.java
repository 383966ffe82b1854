package com.fashionos.worker.server;

/** The embedded Temporal server could not start because its port is taken. */
public final class EmbeddedTemporalPortInUseException extends RuntimeException {

    private final int port;

    EmbeddedTemporalPortInUseException(int port, Throwable cause) {
        super(description(port) + " " + action(port), cause);
        this.port = port;
    }

    /** The port that was taken. */
    public int port() {
        return port;
    }

    /** One line: what failed and where. */
    public String description() {
        return description(port);
    }

    /** One line: how to fix it. */
    public String action() {
        return action(port);
    }

    private static String description(int port) {
        return "Cannot start the embedded Temporal server: 127.0.0.1:" + port
                + " is already in use (FASHIONOS_TEMPORAL_EMBEDDED_PORT).";
    }

    private static String action(int port) {
        return "Stop what listens on port " + port
                + " (another FashionOS?), set FASHIONOS_TEMPORAL_EMBEDDED_PORT to a free port,"
                + " or set FASHIONOS_TEMPORAL_TARGET to connect to that Temporal instead.";
    }
}
