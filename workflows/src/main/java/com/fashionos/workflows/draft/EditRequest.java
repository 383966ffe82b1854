package com.fashionos.workflows.draft;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Update {@code edit}: replace the current text by hand.
 *
 * @param subject the new email subject; null keeps the current one (always null for WhatsApp)
 * @param body the new text; not blank
 * @param userId who edited
 */
public record EditRequest(@Nullable String subject, String body, UUID userId) {}
