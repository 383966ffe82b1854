package com.fashionos.crm.contact;

import java.util.UUID;

/** A member of the brand who can own contacts, as the owner filter lists them. */
public record ContactOwner(UUID id, String name) {}
