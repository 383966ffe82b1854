package com.fashionos.crm.playbook;

/** What a playbook is for. */
public enum PlaybookKind {
    /** The Maison DNA: verbal pillars and the Guardian's rules. */
    DNA,
    /** A standard operating procedure, e.g. an outreach SOP. */
    SOP,
    OTHER
}
