package com.fashionos.crm.user;

/** What a member (or an API token) may do in a brand; each role can do everything the ones before it can. */
public enum Role {
    VIEWER,
    AGENT,
    MANAGER,
    OWNER;

    /** Whether this role grants at least what {@code other} grants. */
    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
