package com.fashionos.crm.deal;

/** Whether a deal is still being worked on, or was won or lost. */
public enum DealOutcome {
    OPEN,
    WON,
    LOST
}
