package com.fashionos.crm.airun;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One agent run. JSON columns are carried as JSON text: {@code inputContext} (what the agent saw),
 * {@code proposedOutput} (what it proposed) and {@code citations} (an array of its sources).
 */
public record AiRun(
        UUID id,
        UUID brandId,
        AgentNode agentNode,
        @Nullable String workflowType,
        @Nullable String workflowId,
        @Nullable UUID contactId,
        @Nullable UUID accountId,
        @Nullable UUID dealId,
        String inputContext,
        @Nullable String proposedOutput,
        String citations,
        @Nullable String provider,
        @Nullable String model,
        @Nullable Integer tokensIn,
        @Nullable Integer tokensOut,
        ApprovalStatus approvalStatus,
        @Nullable UUID decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote,
        @Nullable String error,
        Instant createdAt,
        Instant updatedAt) {}
