package com.fashionos.crm.user;

import java.util.UUID;

/** A user's membership of one brand, with what the brand switcher shows. */
public record BrandMembership(UUID brandId, String brandSlug, String brandName, Role role) {}
