package com.fashionos.crm.conversation;

/** The channel a conversation and its messages travel on. */
public enum Channel {
    EMAIL,
    WHATSAPP,
    /** Stored and shown in the outbox, never handed to a provider. */
    SANDBOX
}
