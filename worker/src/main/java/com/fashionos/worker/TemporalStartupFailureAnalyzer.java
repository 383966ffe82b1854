package com.fashionos.worker;

import com.fashionos.worker.connection.TemporalUnreachableException;
import com.fashionos.worker.server.EmbeddedTemporalPortInUseException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a Temporal start-up failure (configured target unreachable, embedded port taken) into Spring Boot's
 * "APPLICATION FAILED TO START" report: one line saying what and where, one saying how to fix it, no stack trace.
 */
public final class TemporalStartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TemporalUnreachableException unreachable) {
                return new FailureAnalysis(unreachable.description(), unreachable.action(), unreachable);
            }
            if (t instanceof EmbeddedTemporalPortInUseException portInUse) {
                return new FailureAnalysis(portInUse.description(), portInUse.action(), portInUse);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
