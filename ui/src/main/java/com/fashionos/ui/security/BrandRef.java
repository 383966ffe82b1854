package com.fashionos.ui.security;

import com.fashionos.crm.user.BrandMembership;
import com.fashionos.crm.user.Role;
import java.io.Serializable;
import java.util.UUID;

/** A brand the signed-in user belongs to, and the user's role in it; kept in the HTTP session. */
public record BrandRef(UUID id, String slug, String name, Role role) implements Serializable {

    static BrandRef of(BrandMembership membership) {
        return new BrandRef(membership.brandId(), membership.brandSlug(), membership.brandName(), membership.role());
    }
}
