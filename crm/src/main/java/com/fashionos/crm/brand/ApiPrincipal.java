package com.fashionos.crm.brand;

import com.fashionos.crm.user.Role;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who an API call acts as: the brand and role of the presented API token, and the user who created the token (absent
 * when that user is gone).
 */
public record ApiPrincipal(
        UUID brandId, Role role, @Nullable UUID createdBy) {}
