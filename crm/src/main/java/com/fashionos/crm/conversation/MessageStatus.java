package com.fashionos.crm.conversation;

/** Life cycle of a message, as stored in {@code messages.status}. */
public enum MessageStatus {
    DRAFT,
    APPROVED,
    SENDING,
    SENT,
    DELIVERED,
    READ,
    FAILED,
    UNDELIVERED,
    SANDBOXED,
    RECEIVED,
    REJECTED,
    EXPIRED;

    /** Whether the provider has accepted (or the sandbox has stored) the message: it must never be sent again. */
    public boolean isDispatched() {
        return this == SENT || this == DELIVERED || this == READ || this == UNDELIVERED || this == SANDBOXED;
    }
}
