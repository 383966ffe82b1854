package com.fashionos.crm.playbook;

import java.util.UUID;

/** A stored section of an active playbook, with its embedding (empty when not embedded). */
public record StoredChunk(
        UUID id,
        UUID playbookId,
        String playbookTitle,
        PlaybookKind kind,
        int ordinal,
        String heading,
        String content,
        float[] embedding) {}
