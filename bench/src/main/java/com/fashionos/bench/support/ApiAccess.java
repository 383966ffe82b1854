package com.fashionos.bench.support;

import com.fashionos.crm.brand.ApiToken;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.database.DatabaseProperties;
import com.fashionos.crm.database.DatabaseStatus;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.user.Role;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * What the bench needs to call the draft API for the bench brand: a brand API token, created the way an owner creates
 * one under Settings (through {@link BrandService#createApiToken} with the brand and its owner bound) and revoked
 * afterwards, and real deals to request drafts for.
 */
public final class ApiAccess {

    /** The role of the bench's token: Agents may request, read and reject drafts. */
    public static final Role TOKEN_ROLE = Role.AGENT;

    private ApiAccess() {}

    /** Creates an API token named {@code name} for the brand, as its owner; returns the raw token. */
    public static String createToken(ApplicationContext ctx, UUID brandId, UUID ownerId, String name) {
        var brands = ctx.getBean(BrandService.class);
        return TenantContext.callAs(brandId, ownerId, () -> brands.createApiToken(name, TOKEN_ROLE));
    }

    /** Revokes the brand's active tokens named {@code name}; returns how many. */
    public static int revokeToken(ApplicationContext ctx, UUID brandId, UUID ownerId, String name) {
        var brands = ctx.getBean(BrandService.class);
        return TenantContext.callAs(brandId, ownerId, () -> {
            int revoked = 0;
            for (ApiToken token : brands.apiTokens()) {
                if (token.active() && token.name().equals(name) && brands.revokeApiToken(token.id())) {
                    revoked++;
                }
            }
            return revoked;
        });
    }

    /**
     * Up to {@code n} distinct deals of the brand a draft can be requested for and that start a draft of their own:
     * open, not deleted, with a primary contact who has an email address, and no draft running or awaiting a decision
     * ({@code ai_runs} RUNNING or PENDING; a request for such a deal would join that draft). A seeded random sample
     * (the same seed and data give the same deals), read as the app role with the brand bound (row-level security).
     */
    public static List<UUID> sampleDeals(ApplicationContext ctx, UUID brandId, int n, long seed) throws SQLException {
        var status = ctx.getBean(DatabaseStatus.class);
        var props = ctx.getBean(DatabaseProperties.class);
        var deals = new ArrayList<UUID>(n);
        try (var con = DriverManager.getConnection(status.jdbcUrl(), status.appUsername(), props.appPassword())) {
            con.setAutoCommit(false);
            try (var bind = con.prepareStatement("SELECT set_config('app.brand_id', ?, true)")) {
                bind.setString(1, brandId.toString());
                bind.execute();
            }
            try (var st = con.prepareStatement("""
                    SELECT d.id
                      FROM deals d
                      JOIN contacts c ON c.id = d.primary_contact_id
                     WHERE d.outcome = 'OPEN' AND d.deleted_at IS NULL
                       AND c.deleted_at IS NULL AND c.email IS NOT NULL AND btrim(c.email) <> ''
                       AND NOT EXISTS (SELECT 1 FROM ai_runs r
                                        WHERE r.deal_id = d.id AND r.approval_status IN ('RUNNING', 'PENDING'))
                     ORDER BY md5(d.id::text || ?), d.id
                     LIMIT ?""")) {
                st.setString(1, Long.toString(seed));
                st.setInt(2, n);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        deals.add(rs.getObject(1, UUID.class));
                    }
                }
            } finally {
                con.rollback();
            }
        }
        return List.copyOf(deals);
    }
}
