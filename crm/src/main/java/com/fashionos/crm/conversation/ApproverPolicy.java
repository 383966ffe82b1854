package com.fashionos.crm.conversation;

import com.fashionos.crm.user.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may approve outbound messages for the current brand: members with role AGENT or above. Viewers may propose
 * and read, never approve.
 */
@Component
public class ApproverPolicy {

    private final JdbcClient jdbc;

    ApproverPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code userId} may approve messages for the current brand. */
    @Transactional(readOnly = true)
    public boolean mayApprove(UUID userId) {
        return role(userId)
                .map(r -> r.equals("AGENT") || r.equals("MANAGER") || r.equals("OWNER"))
                .orElse(false);
    }

    /** Throws {@link ApprovalRefusedException} unless {@code userId} may approve for the current brand. */
    @Transactional(readOnly = true)
    public void requireApprover(UUID userId) {
        Optional<Role> role = role(userId);
        if (role.map(r -> !r.atLeast(Role.AGENT)).orElse(true)) {
            throw new ApprovalRefusedException("User " + userId + " ("
                    + role.map(Role::name).orElse("not a member of this brand")
                    + ") may not approve messages: role AGENT or above is required");
        }
    }

    /** The role of {@code userId} in the current brand, read in the caller's transaction. */
    @Transactional(readOnly = true)
    public Optional<Role> role(UUID userId) {
        return jdbc.sql("SELECT role FROM memberships WHERE brand_id = app_brand_id() AND user_id = ?")
                .param(userId)
                .query((rs, row) -> Role.valueOf(rs.getString(1)))
                .optional();
    }
}
