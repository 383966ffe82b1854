package com.fashionos.crm.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the audit trail, with the actor's display name when there was an actor. */
public record AuditEntry(
        long id,
        @Nullable UUID actorId,
        @Nullable String actorName,
        String action,
        String entityType,
        @Nullable UUID entityId,
        Map<String, Object> details,
        Instant at) {}
