package com.fashionos.workflows.draft;

/** Where a composer reply is; the last four are final. */
public enum ReplyStatus {
    /** The approval (the Send click) is being recorded on the message row. */
    RECORDING,
    /** Handed to the channel's outbox. */
    SENDING,
    /** Accepted by the provider. */
    SENT,
    /** Stored in the sandbox outbox: no provider keys, nothing left the system. */
    SANDBOXED,
    /** The channel refused it, or it could not be recorded. */
    FAILED,
    /** The sender may not send (role below AGENT) or the text is not the one approved: nothing was written. */
    REFUSED;

    /** True when the reply has ended. */
    public boolean isFinal() {
        return this == SENT || this == SANDBOXED || this == FAILED || this == REFUSED;
    }
}
