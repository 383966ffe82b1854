package com.fashionos.workflows.draft;

/** Outcome of a send. */
public enum SendStatus {
    /** Accepted by the provider (SendGrid, Twilio). */
    SENT,
    /** Stored in the sandbox outbox: no provider keys are configured, nothing left the system. */
    SANDBOXED,
    /** Refused for good (provider rejected it, WhatsApp template required…); nothing was sent. */
    FAILED
}
