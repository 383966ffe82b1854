package com.fashionos.crm.playbook;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A Markdown playbook of a brand; {@code rulesJson} is the DNA's rules object (see {@link DnaRules}). */
public record Playbook(
        UUID id,
        UUID brandId,
        PlaybookKind kind,
        String title,
        String docVersion,
        String contentMd,
        String rulesJson,
        boolean active,
        @Nullable Instant indexedAt,
        Instant updatedAt,
        int version) {}
