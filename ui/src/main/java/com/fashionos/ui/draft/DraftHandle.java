package com.fashionos.ui.draft;

import com.fashionos.workflows.draft.DraftStatus;
import java.util.UUID;

/**
 * A started (or joined) draft.
 *
 * @param draftId the draft's id ({@code ai_runs.id} once recorded); of the running draft when joined
 * @param workflowId the Temporal workflow id
 * @param status the status when the start returned
 * @param joined true when a draft for the same deal and channel was already running and this start joined it
 */
public record DraftHandle(UUID draftId, String workflowId, DraftStatus status, boolean joined) {}
