package com.fashionos.ui.draft;

import com.fashionos.workflows.draft.ReplyState;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A composer reply on its way: its id (also its message row's), the workflow that sends it, and its final state once
 * the workflow has ended.
 *
 * @param replyId the reply and its message row
 * @param workflowId the {@code HumanReplyWorkflow} id
 * @param result completes with the final state (SENT, SANDBOXED, FAILED or REFUSED)
 */
public record ReplyHandle(UUID replyId, String workflowId, CompletableFuture<ReplyState> result) {}
