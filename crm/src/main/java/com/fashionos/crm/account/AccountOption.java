package com.fashionos.crm.account;

import java.util.UUID;

/** An account as a combo box item. */
public record AccountOption(UUID id, String name, AccountType type) {}
