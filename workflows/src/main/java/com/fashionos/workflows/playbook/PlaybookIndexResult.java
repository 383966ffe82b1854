package com.fashionos.workflows.playbook;

import java.util.UUID;

/**
 * What a re-index run did: the playbook, the number of sections stored by the last pass, and how many passes ran (more
 * than one when the playbook was saved again while it was being indexed).
 */
public record PlaybookIndexResult(UUID brandId, UUID playbookId, int sections, int passes) {}
