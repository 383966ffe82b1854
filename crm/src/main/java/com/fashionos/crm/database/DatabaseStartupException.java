package com.fashionos.crm.database;

import org.jspecify.annotations.Nullable;

/**
 * The database cannot be used, for a reason the operator can fix: unreachable server, wrong credentials, missing
 * database, unsafe application role, or a schema newer than this build. {@link #problem()} is one line saying what
 * is wrong, {@link #action()} how to fix it; {@link DatabaseStartupFailureAnalyzer} prints them instead of a stack
 * trace.
 */
public class DatabaseStartupException extends RuntimeException {

    private final String problem;
    private final String action;

    public DatabaseStartupException(String problem, String action) {
        this(problem, action, null);
    }

    public DatabaseStartupException(String problem, String action, @Nullable Throwable cause) {
        super(problem + " " + action, cause);
        this.problem = problem;
        this.action = action;
    }

    /** What is wrong, in one line. */
    public String problem() {
        return problem;
    }

    /** How to fix it. */
    public String action() {
        return action;
    }
}
