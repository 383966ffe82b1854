package com.fashionos.workflows.playbook;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.UUID;

/**
 * Keeps the Retriever's index of a playbook current: after a playbook is uploaded or edited its Markdown is cut into
 * sections, each embedded with the local embedding model and stored with its full-text vector. Idempotent: a re-run
 * replaces the sections.
 */
@ActivityInterface(namePrefix = "Playbook")
public interface PlaybookActivities {

    /** Re-indexes one playbook of {@code brandId}; returns the number of sections stored. */
    @ActivityMethod
    int reindex(UUID brandId, UUID playbookId);
}
