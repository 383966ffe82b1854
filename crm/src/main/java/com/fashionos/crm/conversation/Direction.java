package com.fashionos.crm.conversation;

/** Whether a message came from the contact or goes to them. */
public enum Direction {
    INBOUND,
    OUTBOUND
}
