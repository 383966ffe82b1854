package com.fashionos.crm.audit;

import com.fashionos.crm.common.Json;
import com.fashionos.crm.common.SqlValues;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail: every service write records who did what to which entity, in the same
 * transaction as the write (so an audit row exists exactly when the write committed). The application role may
 * only insert and read {@code audit_log}.
 */
@Service
@Transactional
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records one write of the current brand.
     *
     * @param action what happened, e.g. {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code RESTORE},
     *     {@code STAGE_CHANGE}
     * @param entityType e.g. {@code contact}, {@code account}, {@code deal}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            @Nullable UUID actorId, String action, String entityType, @Nullable UUID entityId, Map<String, ?> details) {
        jdbc.sql("""
                        INSERT INTO audit_log (actor_id, action, entity_type, entity_id, details)
                        VALUES (:actor, :action, :type, :entity, cast(:details AS jsonb))""")
                .param("actor", actorId)
                .param("action", action)
                .param("type", entityType)
                .param("entity", entityId)
                .param("details", Json.write(details))
                .update();
    }

    /** The newest {@code limit} audit entries of one entity, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forEntity(String entityType, UUID entityId, int limit) {
        return jdbc.sql("""
                        SELECT l.id, l.actor_id, u.display_name, l.action, l.entity_type, l.entity_id,
                               l.details::text AS details, l.at
                        FROM audit_log l LEFT JOIN app_users u ON u.id = l.actor_id
                        WHERE l.entity_type = :type AND l.entity_id = :id
                        ORDER BY l.at DESC, l.id DESC
                        LIMIT :limit""")
                .param("type", entityType)
                .param("id", entityId)
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        SqlValues.uuid(rs, "actor_id"),
                        rs.getString("display_name"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        SqlValues.uuid(rs, "entity_id"),
                        Json.readMap(rs.getString("details")),
                        SqlValues.instant(rs, "at")))
                .list();
    }
}
