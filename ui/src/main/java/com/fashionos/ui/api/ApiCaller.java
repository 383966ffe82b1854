package com.fashionos.ui.api;

import com.fashionos.crm.user.Role;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who an API call acts as: the brand and role of the presented token, and the person who created the token (who
 * answers for decisions the call does not attribute to anyone else).
 */
record ApiCaller(UUID brandId, Role role, @Nullable UUID tokenCreatedBy) {}
