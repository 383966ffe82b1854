package com.fashionos.crm.tenant;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the current brand and user come from when nothing is bound explicitly: in the web app, the signed-in
 * user's session. Implemented by the application that hosts the CRM; without one, unbound work sees no tenant
 * rows at all.
 */
public interface AmbientTenant {

    /** The signed-in user's current brand, if there is a signed-in user. */
    Optional<UUID> brandId();

    /** The signed-in user, if any. */
    Optional<UUID> userId();
}
