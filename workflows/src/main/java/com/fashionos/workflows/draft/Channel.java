package com.fashionos.workflows.draft;

/** The channel a draft is written for; the same names as {@code conversations.channel} and {@code messages.channel}. */
public enum Channel {
    EMAIL,
    WHATSAPP
}
