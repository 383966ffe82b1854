package com.fashionos.ui.draft;

import com.fashionos.crm.user.Role;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who acts on a draft: the brand, the user (null for an automatic trigger or an API token) and the role that limits
 * what they may do. Starting, improving, editing and rejecting need {@link Role#AGENT}; approving needs a user with
 * {@link Role#AGENT} or above.
 *
 * @param brandId the tenant
 * @param userId the person, or null for system work (stage trigger, API token)
 * @param role the role the action is checked against
 */
public record DraftActor(UUID brandId, @Nullable UUID userId, Role role) {

    /** The app itself (a stage-change trigger, the re-drive): may start drafts, never approve. */
    public static DraftActor system(UUID brandId) {
        return new DraftActor(brandId, null, Role.AGENT);
    }

    /** Whether this actor may start and revise drafts. */
    public boolean mayPropose() {
        return role.atLeast(Role.AGENT);
    }

    /** Whether this actor may approve (a person with role AGENT or above). */
    public boolean mayApprove() {
        return userId != null && role.atLeast(Role.AGENT);
    }
}
