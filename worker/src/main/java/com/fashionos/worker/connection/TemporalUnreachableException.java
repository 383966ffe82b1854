package com.fashionos.worker.connection;

/** A configured Temporal target did not answer at start-up. */
public final class TemporalUnreachableException extends RuntimeException {

    private final String target;
    private final String reason;

    /**
     * @param target the host:port that was tried
     * @param cause what the connection attempt failed with
     */
    public TemporalUnreachableException(String target, Throwable cause) {
        this(target, TemporalProbe.reason(cause), cause);
    }

    private TemporalUnreachableException(String target, String reason, Throwable cause) {
        super(description(target, reason) + " " + ACTION, cause);
        this.target = target;
        this.reason = reason;
    }

    private static final String ACTION =
            "Start Temporal there, or unset FASHIONOS_TEMPORAL_TARGET to use the embedded server.";

    /** The host:port that was tried. */
    public String target() {
        return target;
    }

    /** One line: what failed, where, and why. */
    public String description() {
        return description(target, reason);
    }

    /** One line: how to fix it. */
    public String action() {
        return ACTION;
    }

    private static String description(String target, String reason) {
        return "Cannot reach Temporal at " + target + " (FASHIONOS_TEMPORAL_TARGET): " + reason + ".";
    }
}
