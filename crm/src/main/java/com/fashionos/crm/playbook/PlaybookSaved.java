package com.fashionos.crm.playbook;

import java.util.UUID;

/** Published after a playbook is created or its text changes, so that it can be re-indexed. */
public record PlaybookSaved(UUID brandId, UUID playbookId) {}
