package com.fashionos.crm.activity;

import com.fashionos.crm.audit.AuditLog;
import com.fashionos.crm.common.CurrentActor;
import com.fashionos.crm.common.Json;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.SqlSort;
import com.fashionos.crm.common.SqlSort.Direction;
import com.fashionos.crm.common.SqlValues;
import com.fashionos.crm.common.ValidationException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship timeline of the current brand: logging activities (which keeps each contact's last activity
 * time current), the timelines of a contact, an account and a deal, the recent-activity feed, and tasks with due
 * dates. Every write is audited.
 */
@Service
@Transactional
public class ActivityService {

    static final Map<String, Direction> SORTS =
            Map.of("occurredAt", new Direction("ac.occurred_at ASC, ac.id ASC", "ac.occurred_at DESC, ac.id DESC"));

    private static final String TIMELINE = """
            SELECT ac.id, ac.type, ac.subject, ac.content, ac.metadata::text AS metadata, ac.occurred_at, ac.author_id,
                   u.display_name AS author_name, ac.contact_id, c.name AS contact_name, ac.account_id,
                   a.name AS account_name, ac.deal_id, d.number AS deal_number, d.title AS deal_title, ac.due_at,
                   ac.completed_at
            FROM activities ac
            LEFT JOIN app_users u ON u.id = ac.author_id
            LEFT JOIN contacts c ON c.id = ac.contact_id
            LEFT JOIN accounts a ON a.id = ac.account_id
            LEFT JOIN deals d ON d.id = ac.deal_id
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentActor actor;

    ActivityService(JdbcClient jdbc, AuditLog audit, CurrentActor actor) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.actor = actor;
    }

    /**
     * Logs an activity; a contact's {@code last_activity_at} moves to the activity's time if that is later.
     *
     * @throws ValidationException when the activity is linked to nothing, or is a task (use {@link #createTask})
     */
    public Activity log(LogActivity cmd) {
        if (cmd.type() == ActivityType.TASK) {
            throw new ValidationException("type", "Tasks are created with a title, due date and assignee");
        }
        UUID author = cmd.authorId() != null ? cmd.authorId() : actor.id();
        return insert(cmd, author, null, null);
    }

    /** A contact's timeline, newest first (sortable only by {@code occurredAt}). */
    @Transactional(readOnly = true)
    public List<TimelineEntry> forContact(UUID contactId, Page page) {
        return timeline("ac.contact_id = :id", contactId, page);
    }

    /** An account's timeline (its own activities and those of its contacts and deals), newest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> forAccount(UUID accountId, Page page) {
        return timeline("ac.account_id = :id", accountId, page);
    }

    /** A deal's timeline, newest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> forDeal(UUID dealId, Page page) {
        return timeline("ac.deal_id = :id", dealId, page);
    }

    /** The newest activities of the brand, for the sidebar feed (open tasks excluded: they have not happened). */
    @Transactional(readOnly = true)
    public List<TimelineEntry> recent(int limit) {
        return jdbc.sql(TIMELINE + """
                        WHERE ac.deleted_at IS NULL AND ac.occurred_at <= now()
                        ORDER BY ac.occurred_at DESC, ac.id DESC
                        LIMIT :limit""")
                .param("limit", limit)
                .query(ActivityService::entry)
                .list();
    }

    /**
     * Creates a task.
     *
     * @param assigneeId who should do it; null means the current user
     */
    public Activity createTask(String title, @Nullable Instant dueAt, @Nullable UUID assigneeId, TaskLinks links) {
        if (title == null || title.isBlank()) {
            throw new ValidationException("title", "A task needs a title");
        }
        UUID me = actor.id();
        var cmd = new LogActivity(
                ActivityType.TASK,
                links.contactId(),
                links.accountId(),
                links.dealId(),
                title.strip(),
                null,
                Map.of(),
                null,
                me);
        return insert(cmd, me, assigneeId != null ? assigneeId : me, dueAt);
    }

    /** Marks a task done; returns false when it was already done (or is not a task). */
    public boolean completeTask(UUID taskId) {
        int n = jdbc.sql("""
                        UPDATE activities SET completed_at = now()
                        WHERE id = :id AND type = 'TASK' AND completed_at IS NULL AND deleted_at IS NULL""").param("id", taskId).update();
        if (n > 0) {
            audit.record(actor.id(), "COMPLETE", "task", taskId, Map.of());
        }
        return n > 0;
    }

    /** Open tasks assigned to {@code userId}, earliest due first (undated last). */
    @Transactional(readOnly = true)
    public List<TaskRow> openTasksFor(UUID userId, int limit) {
        return jdbc.sql("""
                        SELECT ac.id, ac.subject, ac.due_at, ac.due_at < now() AS overdue, ac.assignee_id, ac.contact_id,
                               c.name AS contact_name, ac.deal_id, d.number AS deal_number, d.title AS deal_title
                        FROM activities ac
                        LEFT JOIN contacts c ON c.id = ac.contact_id
                        LEFT JOIN deals d ON d.id = ac.deal_id
                        WHERE ac.type = 'TASK' AND ac.completed_at IS NULL AND ac.deleted_at IS NULL
                          AND ac.assignee_id = :user
                        ORDER BY ac.due_at ASC NULLS LAST, ac.id
                        LIMIT :limit""")
                .param("user", userId)
                .param("limit", limit)
                .query((rs, n) -> new TaskRow(
                        rs.getObject("id", UUID.class),
                        Optional.ofNullable(rs.getString("subject")).orElse(""),
                        SqlValues.instant(rs, "due_at"),
                        rs.getBoolean("overdue"),
                        SqlValues.uuid(rs, "assignee_id"),
                        SqlValues.uuid(rs, "contact_id"),
                        rs.getString("contact_name"),
                        SqlValues.uuid(rs, "deal_id"),
                        (Long) rs.getObject("deal_number"),
                        rs.getString("deal_title")))
                .list();
    }

    /** One activity. */
    @Transactional(readOnly = true)
    public Optional<Activity> get(UUID id) {
        return jdbc.sql("""
                        SELECT id, type, contact_id, account_id, deal_id, subject, content, metadata::text AS metadata,
                               occurred_at, author_id, assignee_id, due_at, completed_at
                        FROM activities WHERE id = :id AND deleted_at IS NULL""").param("id", id).query(ActivityService::activity).optional();
    }

    private Activity insert(LogActivity cmd, @Nullable UUID author, @Nullable UUID assignee, @Nullable Instant dueAt) {
        if (cmd.contactId() == null
                && cmd.accountId() == null
                && cmd.dealId() == null
                && cmd.type() != ActivityType.TASK) {
            throw new ValidationException("contactId", "An activity must be about a contact, an account or a deal");
        }
        UUID account = cmd.accountId();
        if (account == null && cmd.dealId() != null) {
            account = jdbc.sql("SELECT account_id FROM deals WHERE id = :id")
                    .param("id", cmd.dealId())
                    .query(UUID.class)
                    .optional()
                    .orElseThrow(() -> new ValidationException("dealId", "The deal does not exist"));
        }
        if (account == null && cmd.contactId() != null) {
            account = jdbc.sql("SELECT account_id FROM contacts WHERE id = :id")
                    .param("id", cmd.contactId())
                    .query((rs, n) -> Optional.ofNullable(SqlValues.uuid(rs, "account_id")))
                    .optional()
                    .orElseThrow(() -> new ValidationException("contactId", "The contact does not exist"))
                    .orElse(null);
        }
        Instant occurred = cmd.occurredAt() != null ? cmd.occurredAt() : Instant.now();
        UUID id = jdbc.sql("""
                        INSERT INTO activities (type, contact_id, account_id, deal_id, subject, content, metadata,
                                                occurred_at, author_id, assignee_id, due_at)
                        VALUES (:type, :contact, :account, :deal, :subject, :content, cast(:metadata AS jsonb),
                                :occurred, :author, :assignee, :due)
                        RETURNING id""")
                .param("type", cmd.type().name())
                .param("contact", cmd.contactId())
                .param("account", account)
                .param("deal", cmd.dealId())
                .param("subject", cmd.subject())
                .param("content", cmd.content())
                .param("metadata", Json.write(cmd.metadata()))
                .param("occurred", SqlValues.timestamp(occurred))
                .param("author", author)
                .param("assignee", assignee)
                .param("due", SqlValues.timestamp(dueAt))
                .query(UUID.class)
                .single();
        if (cmd.contactId() != null && cmd.type() != ActivityType.TASK) {
            jdbc.sql("""
                            UPDATE contacts SET last_activity_at = least(now(), :occurred)
                            WHERE id = :contact
                              AND (last_activity_at IS NULL OR last_activity_at < least(now(), :occurred))""")
                    .param("occurred", SqlValues.timestamp(occurred))
                    .param("contact", cmd.contactId())
                    .update();
        }
        audit.record(
                actor.id(),
                "CREATE",
                cmd.type() == ActivityType.TASK ? "task" : "activity",
                id,
                Map.of("type", cmd.type().name()));
        return get(id).orElseThrow(() -> new NoSuchElementException("Activity " + id + " vanished"));
    }

    private List<TimelineEntry> timeline(String condition, UUID id, Page page) {
        String order = SqlSort.orderBy(page, SORTS, SORTS.get("occurredAt").descending(), "ac.id DESC");
        return jdbc.sql(TIMELINE + " WHERE ac.deleted_at IS NULL AND " + condition + " ORDER BY " + order
                        + " OFFSET :offset LIMIT :limit")
                .param("id", id)
                .param("offset", page.offset())
                .param("limit", page.limit())
                .query(ActivityService::entry)
                .list();
    }

    private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(
                rs.getObject("id", UUID.class),
                ActivityType.valueOf(rs.getString("type")),
                rs.getString("subject"),
                rs.getString("content"),
                Json.readMap(rs.getString("metadata")),
                SqlValues.instant(rs, "occurred_at"),
                SqlValues.uuid(rs, "author_id"),
                rs.getString("author_name"),
                SqlValues.uuid(rs, "contact_id"),
                rs.getString("contact_name"),
                SqlValues.uuid(rs, "account_id"),
                rs.getString("account_name"),
                SqlValues.uuid(rs, "deal_id"),
                (Long) rs.getObject("deal_number"),
                rs.getString("deal_title"),
                SqlValues.instant(rs, "due_at"),
                SqlValues.instant(rs, "completed_at"));
    }

    private static Activity activity(ResultSet rs, int row) throws SQLException {
        return new Activity(
                rs.getObject("id", UUID.class),
                ActivityType.valueOf(rs.getString("type")),
                SqlValues.uuid(rs, "contact_id"),
                SqlValues.uuid(rs, "account_id"),
                SqlValues.uuid(rs, "deal_id"),
                rs.getString("subject"),
                rs.getString("content"),
                Json.readMap(rs.getString("metadata")),
                SqlValues.instant(rs, "occurred_at"),
                SqlValues.uuid(rs, "author_id"),
                SqlValues.uuid(rs, "assignee_id"),
                SqlValues.instant(rs, "due_at"),
                SqlValues.instant(rs, "completed_at"));
    }
}
