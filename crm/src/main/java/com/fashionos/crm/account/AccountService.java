package com.fashionos.crm.account;

import com.fashionos.crm.audit.AuditLog;
import com.fashionos.crm.common.CurrentActor;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.SqlSort;
import com.fashionos.crm.common.SqlSort.Direction;
import com.fashionos.crm.common.SqlValues;
import com.fashionos.crm.common.Tags;
import com.fashionos.crm.common.ValidationException;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of the current brand: create and edit with validation, soft delete with undo, the filtered and sorted
 * list (paged in SQL), and the name lookup behind account combo boxes. Every write is audited.
 */
@Service
@Transactional
public class AccountService {

    static final Map<String, Direction> SORTS = Map.of(
            "name", Direction.of("lower(a.name)"),
            "type", Direction.of("a.type"),
            "budgetTier", Direction.nullsLast("a.budget_tier"),
            "city", Direction.nullsLast("a.city"),
            "createdAt", Direction.of("a.created_at"));

    private static final String COLUMNS = """
            a.id, a.name, a.type, a.website, a.budget_tier, a.industry, a.city, a.country, a.description,
            a.website_summary, a.tags, a.owner_id, a.deleted_at, a.created_at, a.updated_at, a.version""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentActor actor;

    AccountService(JdbcClient jdbc, AuditLog audit, CurrentActor actor) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.actor = actor;
    }

    /** Creates an account after validating the form. */
    public Account create(AccountForm form) {
        var valid = validate(form);
        UUID id = jdbc.sql("""
                        INSERT INTO accounts (name, type, website, budget_tier, industry, city, country, description,
                                              tags, owner_id)
                        VALUES (:name, :type, :website, :tier, :industry, :city, :country, :description,
                                :tags, :owner)
                        RETURNING id""").params(params(valid)).query(UUID.class).single();
        audit.record(actor.id(), "CREATE", "account", id, Map.of("name", valid.name(), "type", valid.type()));
        return require(id);
    }

    /** Replaces the editable fields of an account. */
    public Account update(UUID id, AccountForm form) {
        var valid = validate(form);
        var before = require(id);
        var params = params(valid);
        params.put("id", id);
        int n = jdbc.sql("""
                        UPDATE accounts SET name = :name, type = :type, website = :website, budget_tier = :tier,
                               industry = :industry, city = :city, country = :country, description = :description,
                               tags = :tags, owner_id = :owner, version = version + 1
                        WHERE id = :id AND deleted_at IS NULL""").params(params).update();
        if (n == 0) {
            throw new NoSuchElementException("Account " + id + " does not exist or was deleted");
        }
        var changes = new LinkedHashMap<String, Object>();
        if (!before.name().equals(valid.name())) {
            changes.put("name", valid.name());
        }
        if (before.type() != valid.type()) {
            changes.put("type", valid.type());
        }
        audit.record(actor.id(), "UPDATE", "account", id, changes);
        return require(id);
    }

    /** The account, including a soft-deleted one (check {@link Account#deleted()}). */
    @Transactional(readOnly = true)
    public Optional<Account> get(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts a WHERE a.id = :id")
                .param("id", id)
                .query(AccountService::account)
                .optional();
    }

    /** Soft-deletes an account; {@link #restore(UUID)} undoes it. */
    public void delete(UUID id) {
        int n = jdbc.sql("UPDATE accounts SET deleted_at = now() WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .update();
        if (n > 0) {
            audit.record(actor.id(), "DELETE", "account", id, Map.of());
        }
    }

    /** Undoes a soft delete. */
    public void restore(UUID id) {
        int n = jdbc.sql("UPDATE accounts SET deleted_at = NULL WHERE id = :id AND deleted_at IS NOT NULL")
                .param("id", id)
                .update();
        if (n > 0) {
            audit.record(actor.id(), "RESTORE", "account", id, Map.of());
        }
    }

    /**
     * One page of the account list. Sortable properties: {@code name}, {@code type}, {@code budgetTier},
     * {@code city}, {@code createdAt}; default by name.
     */
    @Transactional(readOnly = true)
    public List<AccountRow> page(AccountFilter filter, Page page) {
        var params = new HashMap<String, Object>();
        String where = where(filter, params);
        params.put("offset", page.offset());
        params.put("limit", page.limit());
        String order = SqlSort.orderBy(page, SORTS, "lower(a.name) ASC", "a.id ASC");
        return jdbc.sql("""
                        SELECT a.id, a.name, a.type, a.website, a.budget_tier, a.city, a.tags, u.display_name AS owner_name,
                               (SELECT count(*) FROM contacts c
                                 WHERE c.account_id = a.id AND c.deleted_at IS NULL) AS contact_count,
                               d.open_count, d.open_value
                        FROM accounts a
                        LEFT JOIN app_users u ON u.id = a.owner_id
                        LEFT JOIN LATERAL (SELECT count(*) AS open_count, coalesce(sum(value_forecast), 0) AS open_value
                                           FROM deals WHERE account_id = a.id AND outcome = 'OPEN'
                                                        AND deleted_at IS NULL) d ON true
                        """ + where + " ORDER BY " + order + " OFFSET :offset LIMIT :limit")
                .params(params)
                .query((rs, n) -> new AccountRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        AccountType.valueOf(rs.getString("type")),
                        rs.getString("website"),
                        tier(rs.getString("budget_tier")),
                        rs.getString("city"),
                        SqlValues.textArray(rs, "tags"),
                        rs.getLong("contact_count"),
                        rs.getLong("open_count"),
                        rs.getBigDecimal("open_value"),
                        rs.getString("owner_name")))
                .list();
    }

    /** The number of accounts the filter matches. */
    @Transactional(readOnly = true)
    public long count(AccountFilter filter) {
        var params = new HashMap<String, Object>();
        String where = where(filter, params);
        return jdbc.sql("SELECT count(*) FROM accounts a " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Accounts whose name starts with (or, failing that, contains) {@code text}, for combo boxes. */
    @Transactional(readOnly = true)
    public List<AccountOption> lookup(@Nullable String text, int limit) {
        String q = text == null ? "" : text.strip();
        return jdbc.sql("""
                        SELECT id, name, type FROM accounts
                        WHERE deleted_at IS NULL AND (:q = '' OR name ILIKE :contains)
                        ORDER BY (name ILIKE :prefix) DESC, lower(name), id
                        LIMIT :limit""")
                .param("q", q)
                .param("contains", SqlValues.likeContains(q))
                .param("prefix", SqlValues.likePrefix(q))
                .param("limit", limit)
                .query((rs, n) -> new AccountOption(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        AccountType.valueOf(rs.getString("type"))))
                .list();
    }

    private static String where(AccountFilter filter, Map<String, Object> params) {
        var sql = new StringBuilder("WHERE a.deleted_at IS NULL");
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" AND a.name ILIKE :text");
            params.put("text", SqlValues.likeContains(filter.text().strip()));
        }
        if (filter.type() != null) {
            sql.append(" AND a.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.budgetTier() != null) {
            sql.append(" AND a.budget_tier = :tier");
            params.put("tier", filter.budgetTier().name());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            sql.append(" AND :tag = ANY (a.tags)");
            params.put("tag", filter.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.ownerId() != null) {
            sql.append(" AND a.owner_id = :owner");
            params.put("owner", filter.ownerId());
        }
        return sql.toString();
    }

    private Account require(UUID id) {
        return get(id).orElseThrow(() -> new NoSuchElementException("Account " + id + " does not exist"));
    }

    private static AccountForm validate(AccountForm form) {
        if (form.name() == null || form.name().isBlank()) {
            throw new ValidationException("name", "Name is required");
        }
        if (form.type() == null) {
            throw new ValidationException("type", "Type is required (Sponsor, Buyer, Media or Vendor)");
        }
        String country = blankToNull(form.country());
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw new ValidationException("country", "Country must be a two-letter code such as FR or IT");
            }
        }
        return new AccountForm(
                form.name().strip(),
                form.type(),
                website(form.website()),
                form.budgetTier(),
                blankToNull(form.industry()),
                blankToNull(form.city()),
                country,
                blankToNull(form.description()),
                Tags.normalize(form.tags()),
                form.ownerId());
    }

    private static @Nullable String website(@Nullable String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        String url = value.matches("(?i)^https?://.*") ? value : "https://" + value;
        try {
            var uri = URI.create(url);
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                throw new IllegalArgumentException();
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    "website", "\"" + value + "\" is not a valid website (e.g. lumiere-skin.example)");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, Object> params(AccountForm form) {
        var params = new HashMap<String, Object>();
        params.put("name", form.name());
        params.put("type", form.type().name());
        params.put("website", form.website());
        params.put("tier", form.budgetTier() == null ? null : form.budgetTier().name());
        params.put("industry", form.industry());
        params.put("city", form.city());
        params.put("country", form.country());
        params.put("description", form.description());
        params.put("tags", SqlValues.textArray(form.tags()));
        params.put("owner", form.ownerId());
        return params;
    }

    private static @Nullable BudgetTier tier(@Nullable String value) {
        return value == null ? null : BudgetTier.valueOf(value);
    }

    static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                AccountType.valueOf(rs.getString("type")),
                rs.getString("website"),
                tier(rs.getString("budget_tier")),
                rs.getString("industry"),
                rs.getString("city"),
                rs.getString("country"),
                rs.getString("description"),
                rs.getString("website_summary"),
                SqlValues.textArray(rs, "tags"),
                SqlValues.uuid(rs, "owner_id"),
                SqlValues.instant(rs, "deleted_at"),
                SqlValues.instant(rs, "created_at"),
                SqlValues.instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
