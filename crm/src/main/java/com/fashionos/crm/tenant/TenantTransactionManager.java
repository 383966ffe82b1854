package com.fashionos.crm.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The one place the tenant reaches the database: at the start of every transaction it sets the
 * transaction-local settings {@code app.brand_id} and {@code app.user_id} that the row-level-security policies
 * read. Transaction-local ({@code set_config(..., true)}), so nothing leaks to the next user of a pooled
 * connection. With no brand known both are set to {@code ''} and every tenant table reads as empty.
 */
public class TenantTransactionManager extends JdbcTransactionManager {

    private final ObjectProvider<AmbientTenant> ambient;
    /**
     * The ambient tenant bean, looked up once: resolving it through the provider on every transaction costs more CPU
     * than the transaction's own statements. Empty when the application has none (the standalone worker).
     */
    private volatile @Nullable Optional<AmbientTenant> resolved;

    public TenantTransactionManager(DataSource dataSource, ObjectProvider<AmbientTenant> ambient) {
        super(dataSource);
        this.ambient = ambient;
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        var brand = TenantContext.boundBrandId().or(() -> fromAmbient(true));
        var user = TenantContext.boundUserId().or(() -> fromAmbient(false));
        try (PreparedStatement ps = con.prepareStatement(
                "select set_config('app.brand_id', ?, true), set_config('app.user_id', ?, true)")) {
            ps.setString(1, brand.map(UUID::toString).orElse(""));
            ps.setString(2, user.map(UUID::toString).orElse(""));
            ps.execute();
        }
    }

    private Optional<UUID> fromAmbient(boolean brand) {
        Optional<AmbientTenant> known = resolved;
        if (known == null) {
            known = Optional.ofNullable(ambient.getIfAvailable());
            resolved = known;
        }
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return brand ? known.get().brandId() : known.get().userId();
    }
}
