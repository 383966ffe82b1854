package com.fashionos.crm.deal;

import java.util.UUID;

/** A member of the brand who can own deals, as the owner picker lists them. */
public record DealOwner(UUID userId, String displayName, String email) {

    /** How the picker shows the member. */
    public String label() {
        return displayName;
    }
}
