package com.fashionos.crm.airun;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What is known when an agent run starts. {@code inputContext} is a JSON object; {@code id} may be chosen by the
 * caller (e.g. a workflow's business id) so that starting the same run twice is harmless.
 */
public record NewAiRun(
        @Nullable UUID id,
        AgentNode agentNode,
        @Nullable String workflowType,
        @Nullable String workflowId,
        @Nullable UUID contactId,
        @Nullable UUID accountId,
        @Nullable UUID dealId,
        String inputContext) {}
