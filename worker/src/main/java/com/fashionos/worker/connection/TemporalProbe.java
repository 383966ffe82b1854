package com.fashionos.worker.connection;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Asks a Temporal frontend whether it answers, with a short deadline so a dead target never hangs a caller. */
public final class TemporalProbe {

    private TemporalProbe() {}

    /**
     * Calls {@code GetSystemInfo}, which every Temporal frontend (and the dev server) serves.
     *
     * @throws StatusRuntimeException when the server does not answer within the timeout or refuses the call
     */
    public static void check(WorkflowServiceStubs stubs, Duration timeout) {
        stubs.blockingStub()
                .withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
    }

    /**
     * A one-line reason for a failed check: the gRPC status and, where it helps, the innermost cause (e.g.
     * "UNAVAILABLE (Connection refused)").
     */
    public static String reason(Throwable error) {
        if (!(error instanceof StatusRuntimeException sre)) {
            return oneLine(error.getClass().getSimpleName() + ": " + error.getMessage());
        }
        Status.Code code = sre.getStatus().getCode();
        if (code == Status.Code.DEADLINE_EXCEEDED) {
            return "DEADLINE_EXCEEDED (no answer within fashionos.temporal.connect-timeout)";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root == error ? sre.getStatus().getDescription() : root.getMessage();
        if (detail == null || detail.isBlank()) {
            return code.name();
        }
        // Netty's native transport prefixes errno details: "finishConnect(..) failed with error(-111): ..."
        return oneLine(code.name() + " (" + detail.replaceFirst("^.*failed with error\\(-?\\d+\\): ", "") + ")");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
