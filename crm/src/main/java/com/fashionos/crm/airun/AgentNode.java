package com.fashionos.crm.airun;

/** The agent (node of the multi-agent graph) that produced a run. */
public enum AgentNode {
    ORCHESTRATOR,
    ANALYST,
    CONTENT,
    CONTROLLER,
    GUARDIAN,
    RETRIEVER,
    ENRICHMENT,
    SCORER
}
