package com.fashionos.crm.common;

import com.fashionos.crm.tenant.AmbientTenant;
import com.fashionos.crm.tenant.TenantContext;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The user on whose behalf a write happens (for audit rows and activity authors): the user bound with
 * {@link TenantContext}, else the signed-in user, else nobody (system work such as seeding).
 */
@Component
public class CurrentActor {

    private final ObjectProvider<AmbientTenant> ambient;

    CurrentActor(ObjectProvider<AmbientTenant> ambient) {
        this.ambient = ambient;
    }

    /** The acting user's id, or null for system work. */
    public @Nullable UUID id() {
        var bound = TenantContext.boundUserId();
        if (bound.isPresent()) {
            return bound.get();
        }
        AmbientTenant tenant = ambient.getIfAvailable();
        return tenant == null ? null : tenant.userId().orElse(null);
    }
}
