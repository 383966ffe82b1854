package com.fashionos.activities.draft;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CRM rows a draft is written from, read in the current tenant (row-level security hides other brands' rows),
 * and the timeline entry written when a message goes out.
 */
@Component
class CrmReader {

    record ContactRow(
            UUID id,
            String name,
            @Nullable String role,
            @Nullable String email,
            @Nullable String whatsapp,
            String language,
            @Nullable UUID accountId) {}

    record AccountRow(
            UUID id,
            String name,
            String type,
            @Nullable String website,
            @Nullable String websiteSummary,
            @Nullable String description) {}

    record DealRow(
            UUID id,
            String title,
            String stage,
            @Nullable BigDecimal value,
            String currency,
            UUID accountId,
            @Nullable String campaign) {}

    record BrandRow(String name, @Nullable String campaign) {}

    private final JdbcClient jdbc;

    CrmReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<ContactRow> contact(UUID id) {
        return jdbc.sql("SELECT id, name, role, email, whatsapp, language, account_id FROM contacts "
                        + "WHERE id = ? AND deleted_at IS NULL")
                .param(id)
                .query((rs, n) -> new ContactRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, UUID.class)))
                .optional();
    }

    @Transactional(readOnly = true)
    Optional<AccountRow> account(UUID id) {
        return jdbc.sql("SELECT id, name, type, website, website_summary, description FROM accounts "
                        + "WHERE id = ? AND deleted_at IS NULL")
                .param(id)
                .query((rs, n) -> new AccountRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .optional();
    }

    @Transactional(readOnly = true)
    Optional<DealRow> deal(UUID id) {
        return jdbc.sql("SELECT id, title, stage, value_forecast, currency, account_id, campaign FROM deals "
                        + "WHERE id = ? AND deleted_at IS NULL")
                .param(id)
                .query((rs, n) -> new DealRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getObject(6, UUID.class),
                        rs.getString(7)))
                .optional();
    }

    @Transactional(readOnly = true)
    Optional<BrandRow> brand() {
        return jdbc.sql("SELECT name, campaign FROM brands WHERE id = app_brand_id()")
                .query((rs, n) -> new BrandRow(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** One line per recent timeline entry of the contact (and deal), newest first. */
    @Transactional(readOnly = true)
    List<String> recentActivities(UUID contactId, @Nullable UUID dealId, int limit) {
        return jdbc.sql("""
                        SELECT type, subject, content, occurred_at FROM activities
                        WHERE deleted_at IS NULL AND (contact_id = ? OR (CAST(? AS uuid) IS NOT NULL AND deal_id = ?))
                        ORDER BY occurred_at DESC LIMIT ?""")
                .params(contactId, dealId, dealId, limit)
                .query((rs, n) -> line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4)))
                .list();
    }

    /** Adds a timeline entry once per message (a retry finds the first one). */
    @Transactional
    void logSent(
            String type,
            UUID contactId,
            @Nullable UUID dealId,
            @Nullable UUID accountId,
            String subject,
            String content,
            String metadataJson,
            UUID messageId,
            UUID authorId) {
        boolean exists = jdbc.sql("SELECT count(*) FROM activities WHERE metadata->>'messageId' = ?")
                        .param(messageId.toString())
                        .query(Integer.class)
                        .single()
                > 0;
        if (exists) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO activities (type, contact_id, deal_id, account_id, subject, content, metadata,
                                                author_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")
                .params(type, contactId, dealId, accountId, subject, content, metadataJson, authorId)
                .update();
        jdbc.sql("UPDATE contacts SET last_activity_at = now() WHERE id = ?")
                .param(contactId)
                .update();
    }

    private static String line(String type, @Nullable String subject, @Nullable String content, Timestamp at) {
        String text = subject != null ? subject : (content == null ? "" : content);
        if (content != null && subject != null) {
            text = subject + " — " + content;
        }
        text = text.replaceAll("\\s+", " ").strip();
        if (text.length() > 160) {
            text = text.substring(0, 160) + "…";
        }
        return at.toInstant().toString().substring(0, 10) + " " + type + ": " + text;
    }
}
