package com.fashionos.crm.airun;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of the agents for the current brand: a run is started, gets a proposal (PENDING a human
 * decision), and ends approved, rejected, expired, superseded or failed.
 */
@Service
public class AiRunService {

    private final JdbcClient jdbc;

    AiRunService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Starts a run (status RUNNING) and returns it. Starting a run whose id already exists returns the existing run
     * unchanged (an activity retry).
     */
    @Transactional
    public AiRun start(NewAiRun run) {
        UUID id = run.id() != null ? run.id() : UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO ai_runs (id, agent_node, workflow_type, workflow_id, contact_id, account_id, deal_id,
                                             input_context, approval_status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'RUNNING') ON CONFLICT (id) DO NOTHING""")
                .params(
                        id,
                        run.agentNode().name(),
                        run.workflowType(),
                        run.workflowId(),
                        run.contactId(),
                        run.accountId(),
                        run.dealId(),
                        run.inputContext())
                .update();
        return require(id);
    }

    /** Stores what the agent proposed; the run now awaits a human decision (PENDING). */
    @Transactional
    public AiRun recordProposal(UUID runId, Proposal proposal) {
        return update(
                runId,
                """
                UPDATE ai_runs SET proposed_output = ?::jsonb, citations = ?::jsonb, provider = ?, model = ?,
                                   tokens_in = ?, tokens_out = ?, approval_status = 'PENDING', error = NULL,
                                   version = version + 1
                WHERE id = ? RETURNING *""",
                proposal.output(),
                proposal.citations(),
                proposal.provider(),
                proposal.model(),
                proposal.tokensIn(),
                proposal.tokensOut(),
                runId);
    }

    /** Replaces the input context (e.g. when an improve loop adds instructions). */
    @Transactional
    public AiRun updateInputContext(UUID runId, String inputContext) {
        return update(
                runId,
                "UPDATE ai_runs SET input_context = ?::jsonb, version = version + 1 WHERE id = ? RETURNING *",
                inputContext,
                runId);
    }

    /**
     * Records the human decision (or the expiry). A run already decided keeps its first decision, so a repeated call
     * (an activity retry) changes nothing.
     */
    @Transactional
    public AiRun decide(UUID runId, ApprovalStatus status, @Nullable UUID decidedBy, @Nullable String note) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("A decision is final, not " + status);
        }
        jdbc.sql("""
                        UPDATE ai_runs SET approval_status = ?, decided_by = ?, decided_at = now(), decision_note = ?,
                                           version = version + 1
                        WHERE id = ? AND approval_status IN ('RUNNING', 'PENDING')""").params(status.name(), decidedBy, note, runId).update();
        return require(runId);
    }

    /** Marks the run failed with an error a person can read. */
    @Transactional
    public AiRun fail(UUID runId, String error) {
        jdbc.sql("""
                        UPDATE ai_runs SET approval_status = 'FAILED', error = ?, version = version + 1
                        WHERE id = ? AND approval_status IN ('RUNNING', 'PENDING')""").params(error, runId).update();
        return require(runId);
    }

    /** A run by id, if visible to the current brand. */
    @Transactional(readOnly = true)
    public Optional<AiRun> find(UUID runId) {
        return jdbc.sql("SELECT * FROM ai_runs WHERE id = ?")
                .param(runId)
                .query(AiRunService::aiRun)
                .optional();
    }

    /** The runs of one workflow, oldest first. */
    @Transactional(readOnly = true)
    public List<AiRun> byWorkflowId(String workflowId) {
        return jdbc.sql("SELECT * FROM ai_runs WHERE workflow_id = ? ORDER BY created_at, id")
                .param(workflowId)
                .query(AiRunService::aiRun)
                .list();
    }

    /** The latest run of one workflow, if any. */
    @Transactional(readOnly = true)
    public Optional<AiRun> latestForWorkflow(String workflowId) {
        return jdbc.sql("SELECT * FROM ai_runs WHERE workflow_id = ? ORDER BY created_at DESC, id DESC LIMIT 1")
                .param(workflowId)
                .query(AiRunService::aiRun)
                .optional();
    }

    /** Runs of the brand awaiting a human decision, newest first. */
    @Transactional(readOnly = true)
    public List<AiRun> pending(int limit) {
        return jdbc.sql("SELECT * FROM ai_runs WHERE approval_status = 'PENDING' ORDER BY created_at DESC LIMIT ?")
                .param(limit)
                .query(AiRunService::aiRun)
                .list();
    }

    private AiRun update(UUID runId, String sql, @Nullable Object... params) {
        return jdbc.sql(sql)
                .params(params)
                .query(AiRunService::aiRun)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No agent run " + runId));
    }

    private AiRun require(UUID runId) {
        return find(runId).orElseThrow(() -> new IllegalArgumentException("No agent run " + runId));
    }

    static AiRun aiRun(ResultSet rs, int row) throws SQLException {
        return new AiRun(
                rs.getObject("id", UUID.class),
                rs.getObject("brand_id", UUID.class),
                AgentNode.valueOf(rs.getString("agent_node")),
                rs.getString("workflow_type"),
                rs.getString("workflow_id"),
                rs.getObject("contact_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getObject("deal_id", UUID.class),
                rs.getString("input_context"),
                rs.getString("proposed_output"),
                rs.getString("citations"),
                rs.getString("provider"),
                rs.getString("model"),
                (Integer) rs.getObject("tokens_in"),
                (Integer) rs.getObject("tokens_out"),
                ApprovalStatus.valueOf(rs.getString("approval_status")),
                rs.getObject("decided_by", UUID.class),
                instant(rs, "decided_at"),
                rs.getString("decision_note"),
                rs.getString("error"),
                Objects.requireNonNull(instant(rs, "created_at")),
                Objects.requireNonNull(instant(rs, "updated_at")));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
