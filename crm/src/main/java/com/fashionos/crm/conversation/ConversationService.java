package com.fashionos.crm.conversation;

import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.SqlSort;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations and the outbox of the current brand: drafts, approvals, the send claim and the provider's answer.
 *
 * <p>The approval gate lives here twice: {@link #recordApproval} records who approved which exact text (hash), and
 * {@link #claimForSend} refuses a message whose current text is not the approved one. The database constraint
 * {@code messages_outbound_needs_approval} is the third line. Who may approve (role AGENT or above) is checked by
 * {@link ApproverPolicy}.
 */
@Service
public class ConversationService {

    private static final String SELECT_MESSAGE =
            "SELECT m.*, c.contact_id FROM messages m JOIN conversations c ON c.id = m.conversation_id ";
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ApproverPolicy approvers;
    private final JsonMapper json = JsonMapper.shared();

    ConversationService(JdbcClient jdbc, ApproverPolicy approvers) {
        this.jdbc = jdbc;
        this.approvers = approvers;
    }

    /** The open conversation with {@code contactId} on {@code channel}, created when there is none. */
    @Transactional
    public Conversation findOrCreate(UUID contactId, Channel channel) {
        return findOpen(contactId, channel)
                .orElseGet(() -> jdbc.sql("INSERT INTO conversations (contact_id, channel) VALUES (?, ?) RETURNING *")
                        .params(contactId, channel.name())
                        .query(ConversationService::conversation)
                        .single());
    }

    /** The open conversation with {@code contactId} on {@code channel}, if there is one (creates nothing). */
    @Transactional(readOnly = true)
    public Optional<Conversation> findOpen(UUID contactId, Channel channel) {
        return jdbc.sql("SELECT * FROM conversations WHERE contact_id = ? AND channel = ? AND status = 'OPEN' "
                        + "ORDER BY created_at LIMIT 1")
                .params(contactId, channel.name())
                .query(ConversationService::conversation)
                .optional();
    }

    /** A conversation by id, if visible to the current brand. */
    @Transactional(readOnly = true)
    public Optional<Conversation> conversation(UUID conversationId) {
        return jdbc.sql("SELECT * FROM conversations WHERE id = ?")
                .param(conversationId)
                .query(ConversationService::conversation)
                .optional();
    }

    /** Stores a draft outbound message in the contact's conversation on its channel. */
    @Transactional
    public Message createDraftMessage(NewDraft draft) {
        Conversation conversation = findOrCreate(draft.contactId(), draft.channel());
        UUID id = jdbc.sql("""
                        INSERT INTO messages (conversation_id, direction, channel, status, from_address, to_address,
                                              subject, body, ai_run_id, template_sid, template_variables)
                        VALUES (?, 'OUTBOUND', ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?::jsonb) RETURNING id""")
                .params(
                        conversation.id(),
                        draft.channel().name(),
                        draft.fromAddress(),
                        draft.toAddress(),
                        draft.subject(),
                        draft.body(),
                        draft.aiRunId(),
                        draft.templateSid(),
                        templateJson(draft.templateVariables()))
                .query(UUID.class)
                .single();
        return require(id);
    }

    /**
     * Replaces the text of a draft (an edit or an improved version). Any earlier approval no longer matches the text,
     * so the draft stays a draft.
     */
    @Transactional
    public Message updateDraftText(UUID messageId, @Nullable String subject, String body) {
        Message current = require(messageId);
        return updateDraft(messageId, subject, body, current.templateSid(), current.templateVariables());
    }

    /** Replaces text and WhatsApp template of a draft; an earlier approval no longer applies. */
    @Transactional
    public Message updateDraft(
            UUID messageId,
            @Nullable String subject,
            String body,
            @Nullable String templateSid,
            Map<String, String> templateVariables) {
        int updated = jdbc.sql("""
                        UPDATE messages SET subject = ?, body = ?, template_sid = ?, template_variables = ?::jsonb,
                                            approved_by = NULL, approved_at = NULL, approved_hash = NULL
                        WHERE id = ? AND direction = 'OUTBOUND' AND status = 'DRAFT'""")
                .params(subject, body, templateSid, templateJson(templateVariables), messageId)
                .update();
        if (updated == 0) {
            throw new ApprovalRefusedException("Message " + messageId + " is no longer a draft and cannot be edited");
        }
        return require(messageId);
    }

    /** The outbound message written for an agent run, if any. */
    @Transactional(readOnly = true)
    public Optional<Message> findByAiRun(UUID aiRunId) {
        return messages("WHERE m.ai_run_id = ? AND m.direction = 'OUTBOUND' ORDER BY m.created_at LIMIT 1", aiRunId)
                .optional();
    }

    /**
     * Records that {@code approverId} approved exactly the text whose hash is {@code approvedHash}. Refused when the
     * approver may not approve for this brand, the message is not a draft (or already approved), or the text changed
     * since the approver saw it.
     */
    @Transactional
    public Message recordApproval(UUID messageId, UUID approverId, String approvedHash) {
        approvers.requireApprover(approverId);
        Message message = lock(messageId);
        if (message.direction() != Direction.OUTBOUND) {
            throw new ApprovalRefusedException("Only outbound messages are approved");
        }
        if (message.status() == MessageStatus.APPROVED && message.approvedAsIs()) {
            if (message.bodyHash().equals(approvedHash)) {
                return message;
            }
        }
        if (message.status() != MessageStatus.DRAFT && message.status() != MessageStatus.APPROVED) {
            throw new ApprovalRefusedException("Message is " + message.status() + ", not awaiting approval");
        }
        if (!message.bodyHash().equals(approvedHash)) {
            throw new ApprovalRefusedException(
                    "The text changed since it was reviewed (approved hash does not match the current text)");
        }
        jdbc.sql("""
                        UPDATE messages SET status = 'APPROVED', approved_by = ?, approved_at = now(), approved_hash = ?
                        WHERE id = ?""").params(approverId, approvedHash, messageId).update();
        return require(messageId);
    }

    /**
     * Verifies, from the database, that {@code messageId} carries an approval of exactly {@code expectedHash} by a
     * person allowed to approve, and returns the message. This is the check the send path runs before any provider
     * call.
     */
    @Transactional(readOnly = true)
    public Message requireApproved(UUID messageId, String expectedHash) {
        Message message = find(messageId).orElseThrow(() -> new ApprovalRefusedException("No such message"));
        if (message.approvedBy() == null || message.approvedHash() == null) {
            throw new ApprovalRefusedException("No approval is recorded for this message");
        }
        if (!message.approvedAsIs() || !message.bodyHash().equals(expectedHash)) {
            throw new ApprovalRefusedException("The approval does not match the current text of the message");
        }
        approvers.requireApprover(message.approvedBy());
        return message;
    }

    /**
     * Claims an approved message for sending under {@code idempotencyKey}, before any provider call. The first claim
     * moves it to SENDING; a repeated claim with the same key returns the row and what happened to it (see
     * {@link SendClaim.State}), so a retried send never reaches the provider twice.
     */
    @Transactional
    public SendClaim claimForSend(UUID messageId, String idempotencyKey) {
        Message message = lock(messageId);
        if (message.status().isDispatched()) {
            return new SendClaim(message, SendClaim.State.ALREADY_DISPATCHED);
        }
        if (message.status() == MessageStatus.SENDING) {
            return new SendClaim(message, SendClaim.State.IN_DOUBT);
        }
        if (message.status() == MessageStatus.FAILED) {
            return new SendClaim(message, SendClaim.State.FAILED);
        }
        if (message.status() != MessageStatus.APPROVED || !message.approvedAsIs()) {
            throw new ApprovalRefusedException("Message is " + message.status() + " without an approval of its text");
        }
        if (message.idempotencyKey() != null && !message.idempotencyKey().equals(idempotencyKey)) {
            throw new ApprovalRefusedException("Message is claimed under another idempotency key");
        }
        jdbc.sql("UPDATE messages SET status = 'SENDING', idempotency_key = ?, error = NULL WHERE id = ?")
                .params(idempotencyKey, messageId)
                .update();
        return new SendClaim(require(messageId), SendClaim.State.CLAIMED);
    }

    /**
     * Gives a claim back after the provider definitely refused the request (it answered, and not with success):
     * the message returns to APPROVED under the same key and the next attempt may call the provider again.
     */
    @Transactional
    public Message releaseClaim(UUID messageId, String error) {
        jdbc.sql("UPDATE messages SET status = 'APPROVED', error = ? WHERE id = ? AND status = 'SENDING'")
                .params(error, messageId)
                .update();
        return require(messageId);
    }

    /** Records the provider's acceptance and its message id. */
    @Transactional
    public Message markSent(UUID messageId, String provider, String providerMessageId) {
        jdbc.sql("""
                        UPDATE messages SET status = 'SENT', provider = ?, provider_message_id = ?, sent_at = now(),
                                            error = NULL
                        WHERE id = ? AND status IN ('SENDING', 'FAILED')""").params(provider, providerMessageId, messageId).update();
        touchConversation(messageId);
        return require(messageId);
    }

    /** Records that the sandbox channel stored the message instead of sending it ("not sent — sandbox"). */
    @Transactional
    public Message markSandboxed(UUID messageId) {
        jdbc.sql("""
                        UPDATE messages SET status = 'SANDBOXED', provider = 'sandbox',
                                            provider_message_id = 'sandbox-' || id::text, error = NULL
                        WHERE id = ? AND status IN ('SENDING', 'FAILED')""").param(messageId).update();
        touchConversation(messageId);
        return require(messageId);
    }

    /** Records a final failure with a reason a person can act on. */
    @Transactional
    public Message markFailed(UUID messageId, String error) {
        jdbc.sql("UPDATE messages SET status = 'FAILED', error = ? WHERE id = ? AND status IN ('APPROVED', 'SENDING')")
                .params(error, messageId)
                .update();
        return require(messageId);
    }

    /** Marks a draft rejected (by a person) or expired (no decision in time). */
    @Transactional
    public Message closeDraft(UUID messageId, MessageStatus outcome, @Nullable String reason) {
        if (outcome != MessageStatus.REJECTED && outcome != MessageStatus.EXPIRED) {
            throw new IllegalArgumentException("A draft closes as REJECTED or EXPIRED, not " + outcome);
        }
        jdbc.sql("UPDATE messages SET status = ?, error = ? WHERE id = ? AND status IN ('DRAFT', 'APPROVED')")
                .params(outcome.name(), reason, messageId)
                .update();
        return require(messageId);
    }

    /**
     * Records a message a person wrote and sent from the composer: the click on Send is the approval, so the sender is
     * the approver of exactly this text. The result is APPROVED and ready for {@link #claimForSend}.
     */
    @Transactional
    public Message recordHumanReply(HumanReply reply) {
        approvers.requireApprover(reply.senderId());
        Conversation conversation = findOrCreate(reply.contactId(), reply.channel());
        UUID id = jdbc.sql("""
                        INSERT INTO messages (conversation_id, direction, channel, status, from_address, to_address,
                                              subject, body, approved_by, approved_at, approved_hash)
                        VALUES (?, 'OUTBOUND', ?, 'APPROVED', ?, ?, ?, ?, ?, now(), message_body_hash(?, ?))
                        RETURNING id""")
                .params(
                        conversation.id(),
                        reply.channel().name(),
                        reply.fromAddress(),
                        reply.toAddress(),
                        reply.subject(),
                        reply.body(),
                        reply.senderId(),
                        reply.subject(),
                        reply.body())
                .query(UUID.class)
                .single();
        return require(id);
    }

    /**
     * {@link #recordHumanReply(HumanReply)} under a given message id, for a durable send that may be retried: a
     * second call with the same id writes nothing and returns the row written first.
     */
    @Transactional
    public Message recordHumanReply(UUID messageId, HumanReply reply) {
        approvers.requireApprover(reply.senderId());
        Optional<Message> existing = find(messageId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Conversation conversation = findOrCreate(reply.contactId(), reply.channel());
        jdbc.sql("""
                        INSERT INTO messages (id, conversation_id, direction, channel, status, from_address,
                                              to_address, subject, body, approved_by, approved_at, approved_hash)
                        VALUES (?, ?, 'OUTBOUND', ?, 'APPROVED', ?, ?, ?, ?, ?, now(), message_body_hash(?, ?))
                        ON CONFLICT (id) DO NOTHING""")
                .params(
                        messageId,
                        conversation.id(),
                        reply.channel().name(),
                        reply.fromAddress(),
                        reply.toAddress(),
                        reply.subject(),
                        reply.body(),
                        reply.senderId(),
                        reply.subject(),
                        reply.body())
                .update();
        return require(messageId);
    }

    /** Records a message received from the contact; it opens (or renews) the WhatsApp 24-hour window. */
    @Transactional
    public Message recordInbound(
            UUID contactId,
            Channel channel,
            @Nullable String fromAddress,
            String body,
            @Nullable String providerMessageId,
            Instant receivedAt) {
        Conversation conversation = findOrCreate(contactId, channel);
        UUID id = jdbc.sql("""
                        INSERT INTO messages (conversation_id, direction, channel, status, from_address, body,
                                              provider_message_id, sent_at, created_at)
                        VALUES (?, 'INBOUND', ?, 'RECEIVED', ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        conversation.id(),
                        channel.name(),
                        fromAddress,
                        body,
                        providerMessageId,
                        Timestamp.from(receivedAt),
                        Timestamp.from(receivedAt))
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        UPDATE conversations SET last_inbound_at = greatest(last_inbound_at, ?),
                            last_message_at = greatest(last_message_at, ?), unread_count = unread_count + 1
                        WHERE id = ?""")
                .params(Timestamp.from(receivedAt), Timestamp.from(receivedAt), conversation.id())
                .update();
        return require(id);
    }

    /** A message by id, if visible to the current brand. */
    @Transactional(readOnly = true)
    public Optional<Message> find(UUID messageId) {
        return messages("WHERE m.id = ?", messageId).optional();
    }

    /** The message sent (or claimed) under {@code idempotencyKey}, if any. */
    @Transactional(readOnly = true)
    public Optional<Message> findByIdempotencyKey(String idempotencyKey) {
        return messages("WHERE m.idempotency_key = ?", idempotencyKey).optional();
    }

    /**
     * The outbox: outbound messages past the draft stage (approved, sending, sent, sandboxed "not sent — sandbox",
     * failed ...), newest first.
     */
    @Transactional(readOnly = true)
    public List<Message> outbox(int limit) {
        return messages(OUTBOX_WHERE + "ORDER BY m.created_at DESC LIMIT ?", limit)
                .list();
    }

    /** Sortable properties of {@link #pendingDraftPage}. */
    public static final Map<String, SqlSort.Direction> PENDING_DRAFT_SORT = Map.of(
            "createdAt", SqlSort.Direction.of("r.created_at"),
            "channel", SqlSort.Direction.of("m.channel"),
            "contact", SqlSort.Direction.nullsLast("lower(ct.name)"),
            "deal", SqlSort.Direction.nullsLast("lower(d.title)"),
            "provider", SqlSort.Direction.nullsLast("r.provider"));

    /** Sortable properties of {@link #outboxPage}. */
    public static final Map<String, SqlSort.Direction> OUTBOX_SORT = Map.of(
            "when", SqlSort.Direction.of("coalesce(m.sent_at, m.created_at)"),
            "channel", SqlSort.Direction.of("m.channel"),
            "to", SqlSort.Direction.nullsLast("lower(m.to_address)"),
            "status", SqlSort.Direction.of("m.status"));

    private static final String PENDING_DRAFT_COLUMNS = """
            SELECT r.id AS run_id, r.workflow_id, m.id AS message_id, c.contact_id,
                   coalesce(ct.name, '—') AS contact_name, r.deal_id, d.title AS deal_title, m.channel,
                   m.subject, m.body, r.provider, r.created_at
            """;

    private static final String PENDING_DRAFTS_FROM = """
            FROM messages m
            JOIN ai_runs r ON r.id = m.ai_run_id
            JOIN conversations c ON c.id = m.conversation_id
            LEFT JOIN contacts ct ON ct.id = c.contact_id
            LEFT JOIN deals d ON d.id = r.deal_id
            WHERE m.direction = 'OUTBOUND' AND m.status = 'DRAFT'
              AND r.workflow_id IS NOT NULL AND r.approval_status = 'PENDING'
            """;

    private static final String OUTBOX_WHERE =
            "WHERE m.direction = 'OUTBOUND' AND m.status NOT IN ('DRAFT', 'REJECTED', 'EXPIRED') ";

    /**
     * One page of the brand's drafts awaiting a decision (a recorded, pending AI run with a workflow), sorted in SQL
     * by a {@link #PENDING_DRAFT_SORT} property; newest first when the page has no sort.
     *
     * @throws IllegalArgumentException for a sort property not in {@link #PENDING_DRAFT_SORT}
     */
    @Transactional(readOnly = true)
    public List<PendingDraftRow> pendingDraftPage(Page page) {
        return page(
                PENDING_DRAFT_COLUMNS + PENDING_DRAFTS_FROM,
                page,
                PENDING_DRAFT_SORT,
                "r.created_at DESC",
                ConversationService::pendingDraftRow);
    }

    /** The drafts awaiting a decision addressed to one contact (any deal), newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<PendingDraftRow> pendingDraftsTo(UUID contactId, int limit) {
        return jdbc.sql(PENDING_DRAFT_COLUMNS + PENDING_DRAFTS_FROM
                        + "AND c.contact_id = ? ORDER BY r.created_at DESC, m.id LIMIT ?")
                .params(contactId, limit)
                .query(ConversationService::pendingDraftRow)
                .list();
    }

    private static PendingDraftRow pendingDraftRow(ResultSet rs, int row) throws SQLException {
        return new PendingDraftRow(
                rs.getObject("run_id", UUID.class),
                rs.getString("workflow_id"),
                rs.getObject("message_id", UUID.class),
                rs.getObject("contact_id", UUID.class),
                rs.getString("contact_name"),
                rs.getObject("deal_id", UUID.class),
                rs.getString("deal_title"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("provider"),
                java.util.Objects.requireNonNull(instant(rs, "created_at")));
    }

    /** How many drafts of the brand await a decision (the rows {@link #pendingDraftPage} pages through). */
    @Transactional(readOnly = true)
    public long countPendingDrafts() {
        return count(PENDING_DRAFTS_FROM);
    }

    /**
     * One page of the outbox (outbound messages past the draft stage), sorted in SQL by an {@link #OUTBOX_SORT}
     * property; newest first when the page has no sort.
     *
     * @throws IllegalArgumentException for a sort property not in {@link #OUTBOX_SORT}
     */
    @Transactional(readOnly = true)
    public List<Message> outboxPage(Page page) {
        return page(SELECT_MESSAGE + OUTBOX_WHERE, page, OUTBOX_SORT, "m.created_at DESC", this::message);
    }

    /** How many messages the outbox holds (the rows {@link #outboxPage} pages through). */
    @Transactional(readOnly = true)
    public long countOutbox() {
        return count("FROM messages m " + OUTBOX_WHERE);
    }

    /** The messages of one conversation in the order they were written. */
    @Transactional(readOnly = true)
    public List<Message> thread(UUID conversationId) {
        return messages("WHERE m.conversation_id = ? ORDER BY m.created_at, m.id", conversationId)
                .list();
    }

    private Message lock(UUID messageId) {
        return messages("WHERE m.id = ? FOR UPDATE OF m", messageId)
                .optional()
                .orElseThrow(() -> new ApprovalRefusedException("No such message: " + messageId));
    }

    /** The messages {@code where} (with its one parameter) selects, read as {@link Message}s. */
    private JdbcClient.MappedQuerySpec<Message> messages(String where, Object param) {
        return jdbc.sql(SELECT_MESSAGE + where).param(param).query(this::message);
    }

    /**
     * One page of the rows {@code selectFrom} (a SELECT up to its WHERE) reads, ordered by the page's sort property
     * in {@code sorts} or else {@code defaultOrder}, then by message id so that pages never overlap.
     */
    private <T> List<T> page(
            String selectFrom,
            Page page,
            Map<String, SqlSort.Direction> sorts,
            String defaultOrder,
            RowMapper<T> rows) {
        String order = SqlSort.orderBy(page, sorts, defaultOrder, "m.id");
        return jdbc.sql(selectFrom + "ORDER BY " + order + " LIMIT ? OFFSET ?")
                .params(page.limit(), page.offset())
                .query(rows)
                .list();
    }

    /** How many rows {@code from} (a FROM up to its WHERE) holds. */
    private long count(String from) {
        return jdbc.sql("SELECT count(*) " + from).query(Long.class).single();
    }

    private Message require(UUID messageId) {
        return find(messageId).orElseThrow(() -> new IllegalStateException("Message " + messageId + " vanished"));
    }

    private void touchConversation(UUID messageId) {
        jdbc.sql("UPDATE conversations SET last_message_at = now() WHERE id = "
                        + "(SELECT conversation_id FROM messages WHERE id = ?)")
                .param(messageId)
                .update();
    }

    private String templateJson(Map<String, String> variables) {
        return json.writeValueAsString(new LinkedHashMap<>(variables));
    }

    static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(
                rs.getObject("id", UUID.class),
                rs.getObject("brand_id", UUID.class),
                rs.getObject("contact_id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("subject"),
                rs.getString("status"),
                rs.getInt("unread_count"),
                instant(rs, "last_message_at"),
                instant(rs, "last_inbound_at"));
    }

    private Message message(ResultSet rs, int row) throws SQLException {
        String variables = rs.getString("template_variables");
        return new Message(
                rs.getObject("id", UUID.class),
                rs.getObject("brand_id", UUID.class),
                rs.getObject("conversation_id", UUID.class),
                rs.getObject("contact_id", UUID.class),
                Direction.valueOf(rs.getString("direction")),
                Channel.valueOf(rs.getString("channel")),
                MessageStatus.valueOf(rs.getString("status")),
                rs.getString("from_address"),
                rs.getString("to_address"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("body_hash"),
                rs.getObject("approved_by", UUID.class),
                instant(rs, "approved_at"),
                rs.getString("approved_hash"),
                rs.getObject("ai_run_id", UUID.class),
                rs.getString("template_sid"),
                variables == null ? Map.of() : json.readValue(variables, STRING_MAP),
                rs.getString("provider"),
                rs.getString("provider_message_id"),
                rs.getString("idempotency_key"),
                rs.getString("error"),
                instant(rs, "sent_at"),
                java.util.Objects.requireNonNull(instant(rs, "created_at")));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
