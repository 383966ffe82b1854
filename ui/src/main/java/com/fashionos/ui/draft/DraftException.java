package com.fashionos.ui.draft;

/**
 * A draft action that cannot be done, with a message a person can act on; {@link #kind()} tells the REST API which
 * HTTP status to answer and the panel how to show it.
 */
public class DraftException extends RuntimeException {

    /** The text shown when an approval quoted a version that is no longer current. */
    public static final String STALE_MESSAGE = "The draft changed since you opened it — review the new version";

    /** Why the action failed. */
    public enum Kind {
        /** The request is malformed (blank text, a contact without an email for an email draft…): 400. */
        INVALID,
        /** The role does not allow it: 403. */
        FORBIDDEN,
        /** No such draft, deal or contact for this brand: 404. */
        NOT_FOUND,
        /** The draft is not in a state that allows it (already sent, still drafting…): 409. */
        CONFLICT,
        /** The text changed since the approver saw it: 409. */
        STALE,
        /** Temporal or a step failed: 500/503. */
        FAILED
    }

    private final Kind kind;

    public DraftException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public DraftException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
