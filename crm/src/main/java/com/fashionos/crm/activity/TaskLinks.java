package com.fashionos.crm.activity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a task is about: a contact, an account, a deal (any may be null; a missing account is derived). */
public record TaskLinks(
        @Nullable UUID contactId,
        @Nullable UUID accountId,
        @Nullable UUID dealId) {

    public static TaskLinks contact(UUID contactId) {
        return new TaskLinks(contactId, null, null);
    }

    public static TaskLinks deal(UUID dealId) {
        return new TaskLinks(null, null, dealId);
    }

    public static TaskLinks account(UUID accountId) {
        return new TaskLinks(null, accountId, null);
    }

    public static TaskLinks none() {
        return new TaskLinks(null, null, null);
    }
}
