package com.fashionos.crm.search;

import java.util.UUID;

/**
 * One search result: what it is, its id, the line to show and a second line (role and account, account type,
 * deal reference and account...).
 */
public record SearchHit(Kind kind, UUID id, String title, String subtitle) {

    /** The result groups. */
    public enum Kind {
        CONTACT,
        ACCOUNT,
        DEAL
    }
}
