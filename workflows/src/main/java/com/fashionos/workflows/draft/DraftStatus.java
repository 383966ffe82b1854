package com.fashionos.workflows.draft;

/** Where a draft is; the last five are final. */
public enum DraftStatus {
    GATHERING,
    RETRIEVING,
    COMPOSING,
    AUDITING,
    AWAITING_APPROVAL,
    SENDING,
    SENT,
    SANDBOXED,
    REJECTED,
    EXPIRED,
    FAILED;

    /** True when the workflow has ended or is about to. */
    public boolean isFinal() {
        return this == SENT || this == SANDBOXED || this == REJECTED || this == EXPIRED || this == FAILED;
    }
}
