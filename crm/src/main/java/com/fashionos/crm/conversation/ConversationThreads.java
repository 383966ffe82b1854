package com.fashionos.crm.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current brand's conversation threads, read-only, for the thread hub and the comms pulse: threads by contact
 * and channel with their unread counts, paged in SQL (row-level security scopes every query to the brand). The
 * conversations feature grows this into the full service (messages, drafts, sending).
 */
@Service
@Transactional(readOnly = true)
public class ConversationThreads {

    /** One thread: a contact on one channel. */
    public record ThreadRow(
            UUID id,
            UUID contactId,
            String contactName,
            String channel,
            @Nullable String subject,
            int unreadCount,
            @Nullable Instant lastMessageAt) {}

    /** Channels as stored. */
    public static final List<String> CHANNELS = List.of("EMAIL", "WHATSAPP", "SANDBOX");

    private final JdbcClient jdbc;

    ConversationThreads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open threads, most recent message first; {@code channel} null for all, {@code unreadOnly} for unread ones. */
    public List<ThreadRow> page(@Nullable String channel, boolean unreadOnly, int offset, int limit) {
        var params = new HashMap<String, Object>();
        String where = where(channel, unreadOnly, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("""
                        SELECT t.id, t.contact_id, c.name AS contact_name, t.channel, t.subject, t.unread_count,
                               t.last_message_at
                        FROM conversations t JOIN contacts c ON c.id = t.contact_id
                        """ + where + """
                         ORDER BY t.last_message_at DESC NULLS LAST, t.id
                        OFFSET :offset LIMIT :limit""")
                .params(params)
                .query(ConversationThreads::thread)
                .list();
    }

    /** How many threads the filter matches. */
    public long count(@Nullable String channel, boolean unreadOnly) {
        var params = new HashMap<String, Object>();
        String where = where(channel, unreadOnly, params);
        return jdbc.sql("SELECT count(*) FROM conversations t JOIN contacts c ON c.id = t.contact_id " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Threads with unread messages per channel (every channel present, zero when none). */
    public Map<String, Long> unreadThreadsByChannel() {
        var result = new LinkedHashMap<String, Long>();
        CHANNELS.forEach(ch -> result.put(ch, 0L));
        jdbc.sql("""
                        SELECT channel, count(*) AS n FROM conversations
                        WHERE status = 'OPEN' AND unread_count > 0 GROUP BY channel""")
                .query((rs, n) -> Map.entry(rs.getString("channel"), rs.getLong("n")))
                .list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static String where(@Nullable String channel, boolean unreadOnly, Map<String, Object> params) {
        var sql = new StringBuilder("WHERE t.status = 'OPEN' AND c.deleted_at IS NULL");
        if (channel != null) {
            sql.append(" AND t.channel = :channel");
            params.put("channel", channel);
        }
        if (unreadOnly) {
            sql.append(" AND t.unread_count > 0");
        }
        return sql.toString();
    }

    private static ThreadRow thread(ResultSet rs, int row) throws SQLException {
        var last = rs.getTimestamp("last_message_at");
        return new ThreadRow(
                rs.getObject("id", UUID.class),
                rs.getObject("contact_id", UUID.class),
                rs.getString("contact_name"),
                rs.getString("channel"),
                rs.getString("subject"),
                rs.getInt("unread_count"),
                last == null ? null : last.toInstant());
    }
}
