package com.fashionos.crm.playbook;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A playbook to create; {@code rulesJson} is a JSON object ({@code "{}"} when not a DNA document). */
public record NewPlaybook(
        PlaybookKind kind,
        String title,
        String docVersion,
        String contentMd,
        String rulesJson,
        @Nullable UUID createdBy) {}
