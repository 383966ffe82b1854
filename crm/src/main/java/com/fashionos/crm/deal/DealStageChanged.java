package com.fashionos.crm.deal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published when a deal changed stage. Listen with {@code @TransactionalEventListener} (after commit, the
 * default phase): the change is then durable and visible to other transactions. For database work in the
 * listener, hand off to another thread (or a Temporal workflow start) and bind {@code brandId} with
 * {@code TenantContext} there: on the publishing thread the committed transaction's connection is still bound, so
 * queries there do not run in a fresh tenant transaction.
 */
public record DealStageChanged(
        UUID brandId,
        UUID dealId,
        DealStage from,
        DealStage to,
        @Nullable UUID actorId) {}
