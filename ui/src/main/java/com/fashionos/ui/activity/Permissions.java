package com.fashionos.ui.activity;

import com.fashionos.ui.security.CurrentUser;

/**
 * What the signed-in user's role in the current brand allows, read from the principal's authorities (which include
 * every role the user's role implies): AGENT+ edit, MANAGER+ delete, VIEWER only reads.
 */
public final class Permissions {

    private Permissions() {}

    /** Whether the user holds {@code role} (e.g. "AGENT") or a role above it in the current brand. */
    public static boolean has(CurrentUser currentUser, String role) {
        return currentUser.hasRole(role);
    }

    /** AGENT and above may create and edit. */
    public static boolean canEdit(CurrentUser currentUser) {
        return has(currentUser, "AGENT");
    }

    /** MANAGER and above may delete. */
    public static boolean canDelete(CurrentUser currentUser) {
        return has(currentUser, "MANAGER");
    }
}
