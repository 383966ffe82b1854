package com.fashionos.workflows.draft;

import java.util.UUID;

/**
 * Update {@code reject}: discard the draft.
 *
 * @param reason why; not blank
 * @param userId who rejected
 */
public record RejectRequest(String reason, UUID userId) {}
