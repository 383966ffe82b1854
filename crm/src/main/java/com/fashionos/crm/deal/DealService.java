package com.fashionos.crm.deal;

import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.ActivityType;
import com.fashionos.crm.activity.LogActivity;
import com.fashionos.crm.audit.AuditLog;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.common.CurrentActor;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.SqlSort;
import com.fashionos.crm.common.SqlSort.Direction;
import com.fashionos.crm.common.SqlValues;
import com.fashionos.crm.common.ValidationException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals of the current brand: create, edit, soft delete; stakeholders; stage moves checked by the brand's stage
 * gates (forward only), each recorded as a STAGE_CHANGE activity and an audit row and announced with a
 * {@link DealStageChanged} event delivered to {@code @TransactionalEventListener}s after commit; won/lost; the
 * kanban (cards per stage, totals per stage and currency) and the deal list.
 */
@Service
@Transactional
public class DealService {

    static final Map<String, Direction> SORTS = Map.of(
            "number", Direction.of("d.number"),
            "title", Direction.of("lower(d.title)"),
            "account", Direction.of("lower(a.name)"),
            "stage", Direction.of("d.stage_index"),
            "value", Direction.nullsLast("d.value_forecast"),
            "expectedClose", Direction.nullsLast("d.expected_close"),
            "stageChangedAt", Direction.of("d.stage_changed_at"));

    private static final Pattern NUMBER = Pattern.compile("(?i)^\\s*(?:d-?\\s*)?(\\d{1,18})\\s*$");

    private static final String COLUMNS = """
            d.id, d.number, d.account_id, d.primary_contact_id, d.owner_id, d.title, d.stage, d.outcome,
            d.stage_changed_at, d.value_forecast, d.actual_roi, d.currency, d.expected_close, d.contract_signed_at,
            d.probability, d.campaign, d.notes, d.lost_reason, d.deleted_at, d.created_at, d.updated_at, d.version""";

    private static final String ROW_SELECT = """
            SELECT d.id, d.number, d.title, d.account_id, a.name AS account_name, a.type AS account_type, d.stage,
                   d.outcome, d.value_forecast, d.currency, d.expected_close, d.stage_changed_at,
                   d.primary_contact_id, c.name AS contact_name, u.display_name AS owner_name
            FROM deals d
            JOIN accounts a ON a.id = d.account_id
            LEFT JOIN contacts c ON c.id = d.primary_contact_id
            LEFT JOIN app_users u ON u.id = d.owner_id
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ActivityService activities;
    private final BrandService brands;
    private final ApplicationEventPublisher events;

    DealService(
            JdbcClient jdbc,
            AuditLog audit,
            CurrentActor actor,
            ActivityService activities,
            BrandService brands,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.actor = actor;
        this.activities = activities;
        this.brands = brands;
        this.events = events;
    }

    /** Creates a deal in the Lead stage; its number is assigned by the database (D-1001, D-1002, ...). */
    public Deal create(DealForm form) {
        var params = params(validate(form));
        UUID id = jdbc.sql("""
                        INSERT INTO deals (account_id, primary_contact_id, owner_id, title, value_forecast, actual_roi,
                                           currency, expected_close, contract_signed_at, probability, campaign, notes)
                        VALUES (:account, :contact, :owner, :title, :value, :roi, :currency, :close, :signed,
                                :probability, :campaign, :notes)
                        RETURNING id""").params(params).query(UUID.class).single();
        audit.record(actor.id(), "CREATE", "deal", id, Map.of("title", params.get("title")));
        return require(id);
    }

    /** Replaces the editable fields of a deal (not its stage or outcome). */
    public Deal update(UUID id, DealForm form) {
        var before = require(id);
        var params = params(validate(form));
        params.put("id", id);
        int n = jdbc.sql("""
                        UPDATE deals SET account_id = :account, primary_contact_id = :contact, owner_id = :owner,
                               title = :title, value_forecast = :value, actual_roi = :roi, currency = :currency,
                               expected_close = :close, contract_signed_at = :signed, probability = :probability,
                               campaign = :campaign, notes = :notes, version = version + 1
                        WHERE id = :id AND deleted_at IS NULL""").params(params).update();
        if (n == 0) {
            throw new NoSuchElementException("Deal " + id + " does not exist or was deleted");
        }
        var changes = new LinkedHashMap<String, Object>();
        if (!before.title().equals(params.get("title"))) {
            changes.put("title", params.get("title"));
        }
        if (!java.util.Objects.equals(before.valueForecast(), params.get("value"))) {
            changes.put("valueForecast", String.valueOf(params.get("value")));
        }
        if (!java.util.Objects.equals(before.primaryContactId(), params.get("contact"))) {
            changes.put("primaryContactId", String.valueOf(params.get("contact")));
        }
        if (!java.util.Objects.equals(before.ownerId(), params.get("owner"))) {
            changes.put("ownerId", String.valueOf(params.get("owner")));
        }
        audit.record(actor.id(), "UPDATE", "deal", id, changes);
        return require(id);
    }

    /** The deal, including a soft-deleted one. */
    @Transactional(readOnly = true)
    public Optional<Deal> get(UUID id) {
        return select("d.id = :id", "id", id);
    }

    /** The deal with this number (the 1004 of "D-1004"). */
    @Transactional(readOnly = true)
    public Optional<Deal> byNumber(long number) {
        return select("d.number = :number AND d.deleted_at IS NULL", "number", number);
    }

    /**
     * The members of the current brand who can own a deal (agents and above: a viewer cannot work a deal), by name.
     * Row-level security limits the memberships to the current brand.
     */
    @Transactional(readOnly = true)
    public List<DealOwner> owners() {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.email
                        FROM memberships m JOIN app_users u ON u.id = m.user_id
                        WHERE m.brand_id = app_brand_id() AND m.role <> 'VIEWER'
                        ORDER BY lower(u.display_name), u.email""")
                .query((rs, row) -> new DealOwner(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Soft-deletes a deal; {@link #restore(UUID)} undoes it. */
    public void delete(UUID id) {
        int n = jdbc.sql("UPDATE deals SET deleted_at = now() WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .update();
        if (n > 0) {
            audit.record(actor.id(), "DELETE", "deal", id, Map.of());
        }
    }

    /** Undoes a soft delete. */
    public void restore(UUID id) {
        int n = jdbc.sql("UPDATE deals SET deleted_at = NULL WHERE id = :id AND deleted_at IS NOT NULL")
                .param("id", id)
                .update();
        if (n > 0) {
            audit.record(actor.id(), "RESTORE", "deal", id, Map.of());
        }
    }

    /**
     * Moves a deal to {@code target}. Forward moves must pass the gate of every stage entered (the brand's
     * configured gates); backward moves are always allowed. A move writes a STAGE_CHANGE activity (metadata
     * {@code from}, {@code to}, {@code actor}), an audit row, and publishes {@link DealStageChanged} (delivered to
     * transactional listeners after commit). Moving to the current stage changes nothing.
     */
    public StageChangeResult moveToStage(UUID dealId, DealStage target, @Nullable UUID actorId) {
        Deal deal = select("d.id = :id AND d.deleted_at IS NULL FOR UPDATE", "id", dealId)
                .orElseThrow(() -> new NoSuchElementException("Deal " + dealId + " does not exist or was deleted"));
        DealStage from = deal.stage();
        if (from == target) {
            return new StageChangeResult(false, from, target, List.of());
        }
        var missing = StageGate.check(deal, target, gates());
        if (!missing.isEmpty()) {
            return new StageChangeResult(false, from, target, missing);
        }
        UUID brandId = jdbc.sql("""
                        UPDATE deals SET stage = :stage, stage_index = :index, stage_changed_at = now(),
                               version = version + 1
                        WHERE id = :id
                        RETURNING brand_id""")
                .param("stage", target.name())
                .param("index", target.index())
                .param("id", dealId)
                .query(UUID.class)
                .single();
        UUID who = actorId != null ? actorId : actor.id();
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("from", from.name());
        metadata.put("to", target.name());
        if (who != null) {
            metadata.put("actor", who.toString());
        }
        activities.log(new LogActivity(
                ActivityType.STAGE_CHANGE,
                deal.primaryContactId(),
                deal.accountId(),
                dealId,
                from.label() + " → " + target.label(),
                (target.isAfter(from) ? "Moved forward" : "Moved back") + " from " + from.label() + " to "
                        + target.label(),
                metadata,
                null,
                who));
        audit.record(who, "STAGE_CHANGE", "deal", dealId, Map.of("from", from.name(), "to", target.name()));
        events.publishEvent(new DealStageChanged(brandId, dealId, from, target, who));
        return new StageChangeResult(true, from, target, List.of());
    }

    /** Marks a deal won (it keeps its stage). */
    public Deal markWon(UUID dealId) {
        return close(dealId, "WON", null);
    }

    /** Marks a deal lost with a reason. */
    public Deal markLost(UUID dealId, @Nullable String reason) {
        return close(dealId, "LOST", reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** Reopens a won or lost deal. */
    public Deal reopen(UUID dealId) {
        return close(dealId, "OPEN", null);
    }

    /** The contacts of a deal: its primary contact first, then stakeholders by name. */
    @Transactional(readOnly = true)
    public List<Stakeholder> stakeholders(UUID dealId) {
        return jdbc.sql("""
                        SELECT c.id, c.name, c.email, coalesce(x.role, c.role) AS role, x.is_primary
                        FROM (SELECT primary_contact_id AS contact_id, NULL::text AS role, true AS is_primary
                              FROM deals WHERE id = :deal AND primary_contact_id IS NOT NULL
                              UNION ALL
                              SELECT dc.contact_id, dc.role, false FROM deal_contacts dc
                              JOIN deals d ON d.id = dc.deal_id
                              WHERE dc.deal_id = :deal
                                AND dc.contact_id IS DISTINCT FROM d.primary_contact_id) x
                        JOIN contacts c ON c.id = x.contact_id AND c.deleted_at IS NULL
                        ORDER BY x.is_primary DESC, lower(c.name)""")
                .param("deal", dealId)
                .query((rs, n) -> new Stakeholder(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("role"),
                        rs.getBoolean("is_primary")))
                .list();
    }

    /** Adds (or re-roles) a stakeholder of a deal. */
    public void addStakeholder(UUID dealId, UUID contactId, @Nullable String role) {
        jdbc.sql("""
                        INSERT INTO deal_contacts (deal_id, contact_id, role) VALUES (:deal, :contact, :role)
                        ON CONFLICT (brand_id, deal_id, contact_id) DO UPDATE SET role = excluded.role""")
                .param("deal", dealId)
                .param("contact", contactId)
                .param("role", role == null || role.isBlank() ? null : role.strip())
                .update();
        audit.record(actor.id(), "ADD_STAKEHOLDER", "deal", dealId, Map.of("contactId", contactId.toString()));
    }

    /** Removes a stakeholder from a deal. */
    public void removeStakeholder(UUID dealId, UUID contactId) {
        int n = jdbc.sql("DELETE FROM deal_contacts WHERE deal_id = :deal AND contact_id = :contact")
                .param("deal", dealId)
                .param("contact", contactId)
                .update();
        if (n > 0) {
            audit.record(actor.id(), "REMOVE_STAKEHOLDER", "deal", dealId, Map.of("contactId", contactId.toString()));
        }
    }

    /**
     * The cards of one kanban column: deals in {@code stage} (open ones unless the filter names an outcome), longest
     * in stage first.
     */
    @Transactional(readOnly = true)
    public List<DealCard> cards(DealStage stage, DealFilter filter, int limit) {
        var params = new HashMap<String, Object>();
        var f = filter.outcome() == null ? filter.withOutcome(DealOutcome.OPEN) : filter;
        String where = where(f.withStage(stage), params);
        params.put("limit", limit);
        return jdbc.sql(ROW_SELECT + where + " ORDER BY d.stage_changed_at ASC, d.id ASC LIMIT :limit")
                .params(params)
                .query((rs, n) -> {
                    var stageChangedAt = SqlValues.instant(rs, "stage_changed_at");
                    return new DealCard(
                            rs.getObject("id", UUID.class),
                            rs.getLong("number"),
                            rs.getString("title"),
                            rs.getObject("account_id", UUID.class),
                            rs.getString("account_name"),
                            DealStage.valueOf(rs.getString("stage")),
                            DealOutcome.valueOf(rs.getString("outcome")),
                            rs.getBigDecimal("value_forecast"),
                            rs.getString("currency"),
                            stageChangedAt,
                            (int) java.time.Duration.between(stageChangedAt, java.time.Instant.now())
                                    .toDays(),
                            SqlValues.uuid(rs, "primary_contact_id"),
                            rs.getString("contact_name"),
                            rs.getString("owner_name"));
                })
                .list();
    }

    /** Count and value per stage and currency of the deals the filter matches (open ones unless it names an outcome). */
    @Transactional(readOnly = true)
    public StageTotals totals(DealFilter filter) {
        var params = new HashMap<String, Object>();
        var f = filter.outcome() == null ? filter.withOutcome(DealOutcome.OPEN) : filter;
        if (f.withOutcome(null)
                .withStage(null)
                .withOwnerId(null)
                .withAccountType(null)
                .equals(DealFilter.all())) {
            // No filter, or only owner and account type (the board as it opens, "my pipeline", the dashboard): the
            // trigger-kept totals (V084, V086), a few dozen rows.
            var summary = jdbc.sql("""
                            SELECT stage_index, currency, sum(deals) AS n, sum(total) AS total FROM deal_stage_totals
                            WHERE outcome = :outcome
                              AND (cast(:stage AS smallint) IS NULL OR stage_index = cast(:stage AS smallint))
                              AND (cast(:owner AS uuid) IS NULL OR owner_id = cast(:owner AS uuid))
                              AND (cast(:type AS text) IS NULL OR account_type = cast(:type AS text))
                            GROUP BY stage_index, currency
                            HAVING sum(deals) > 0
                            ORDER BY stage_index, currency""")
                    .param("outcome", f.outcome().name())
                    .param("stage", f.stage() == null ? null : (short) f.stage().index())
                    .param("owner", f.ownerId())
                    .param(
                            "type",
                            f.accountType() == null ? null : f.accountType().name())
                    .query((rs, n) -> new StageTotals.Line(
                            DealStage.ofIndex(rs.getInt("stage_index")),
                            rs.getString("currency").strip(),
                            rs.getLong("n"),
                            rs.getBigDecimal("total")))
                    .list();
            return new StageTotals(summary);
        }
        String where = where(f, params);
        // Only the columns of deals_brand_totals_idx (an index-only scan over the open deals), and accounts only
        // when the filter needs them: the stage comes back as its index. Serial: the scan takes ~25 ms at 120k open
        // deals, and starting parallel workers on a busy 2-core machine cost more than it saved (p50 40 ms, p95 110).
        jdbc.sql("SELECT set_config('max_parallel_workers_per_gather', '0', true)")
                .query(String.class)
                .single();
        String from =
                f.accountType() == null ? "FROM deals d " : "FROM deals d JOIN accounts a ON a.id = d.account_id ";
        var lines = jdbc.sql(
                        "SELECT d.stage_index, d.currency, count(*) AS n, coalesce(sum(d.value_forecast), 0) AS total "
                                + from + where
                                + " GROUP BY d.stage_index, d.currency ORDER BY d.stage_index, d.currency")
                .params(params)
                .query((rs, n) -> new StageTotals.Line(
                        DealStage.ofIndex(rs.getInt("stage_index")),
                        rs.getString("currency"),
                        rs.getLong("n"),
                        rs.getBigDecimal("total")))
                .list();
        return new StageTotals(lines);
    }

    /**
     * One page of the deal list. Sortable: {@code number}, {@code title}, {@code account}, {@code stage},
     * {@code value}, {@code expectedClose}, {@code stageChangedAt}; default newest number first.
     */
    @Transactional(readOnly = true)
    public List<DealRow> page(DealFilter filter, Page page) {
        var params = new HashMap<String, Object>();
        String where = where(filter, params);
        params.put("offset", page.offset());
        params.put("limit", page.limit());
        String order = SqlSort.orderBy(page, SORTS, "d.number DESC", "d.id ASC");
        return jdbc.sql(ROW_SELECT + where + " ORDER BY " + order + " OFFSET :offset LIMIT :limit")
                .params(params)
                .query(DealService::row)
                .list();
    }

    /** The number of deals the filter matches. */
    @Transactional(readOnly = true)
    public long count(DealFilter filter) {
        var params = new HashMap<String, Object>();
        String where = where(filter, params);
        return jdbc.sql("SELECT count(*) FROM deals d JOIN accounts a ON a.id = d.account_id " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The brand's stage gates (its settings, or the defaults). */
    @Transactional(readOnly = true)
    public Map<String, List<String>> gates() {
        return brands.current().map(b -> b.settings().stageGates()).orElse(StageGate.DEFAULT_GATES);
    }

    /** The deal number in text such as "D-1004", "d1004" or "1004". */
    public static Optional<Long> parseNumber(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = NUMBER.matcher(text);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    private Deal close(UUID dealId, String outcome, @Nullable String reason) {
        Deal before = require(dealId);
        int n = jdbc.sql("""
                        UPDATE deals SET outcome = :outcome, lost_reason = :reason, version = version + 1
                        WHERE id = :id AND deleted_at IS NULL AND outcome <> :outcome""")
                .param("outcome", outcome)
                .param("reason", reason)
                .param("id", dealId)
                .update();
        if (n > 0) {
            var metadata = new LinkedHashMap<String, Object>();
            metadata.put("outcomeFrom", before.outcome().name());
            metadata.put("outcome", outcome);
            metadata.put("stage", before.stage().name());
            if (reason != null) {
                metadata.put("reason", reason);
            }
            String label =
                    switch (outcome) {
                        case "WON" -> "Deal won";
                        case "LOST" -> "Deal lost" + (reason == null ? "" : ": " + reason);
                        default -> "Deal reopened";
                    };
            activities.log(new LogActivity(
                    ActivityType.STAGE_CHANGE,
                    before.primaryContactId(),
                    before.accountId(),
                    dealId,
                    label,
                    label,
                    metadata,
                    null,
                    actor.id()));
            audit.record(actor.id(), outcome.equals("OPEN") ? "REOPEN" : outcome, "deal", dealId, metadata);
        }
        return require(dealId);
    }

    static String where(DealFilter filter, Map<String, Object> params) {
        var sql = new StringBuilder("WHERE d.deleted_at IS NULL");
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            var number = parseNumber(text);
            if (number.isPresent()) {
                sql.append(" AND (d.number = :number OR d.title ILIKE :text)");
                params.put("number", number.get());
            } else {
                sql.append(" AND d.title ILIKE :text");
            }
            params.put("text", SqlValues.likeContains(text));
        }
        if (filter.stage() != null) {
            sql.append(" AND d.stage_index = :stageIndex");
            params.put("stageIndex", filter.stage().index());
        }
        if (filter.outcome() != null) {
            sql.append(" AND d.outcome = :outcome");
            params.put("outcome", filter.outcome().name());
        }
        if (filter.accountId() != null) {
            sql.append(" AND d.account_id = :accountId");
            params.put("accountId", filter.accountId());
        }
        if (filter.contactId() != null) {
            // ANY(ARRAY(subquery)) rather than OR EXISTS: both arms then use an index (the primary-contact index and
            // deal_contacts' contact index) instead of a scan of every deal of the brand.
            sql.append(
                    " AND (d.primary_contact_id = :contactId OR d.id = ANY(ARRAY(SELECT dc.deal_id FROM deal_contacts dc"
                            + " WHERE dc.contact_id = :contactId)))");
            params.put("contactId", filter.contactId());
        }
        if (filter.ownerId() != null) {
            sql.append(" AND d.owner_id = :ownerId");
            params.put("ownerId", filter.ownerId());
        }
        if (filter.accountType() != null) {
            sql.append(" AND a.type = :accountType");
            params.put("accountType", filter.accountType().name());
        }
        if (filter.minValue() != null) {
            sql.append(" AND d.value_forecast >= :minValue");
            params.put("minValue", filter.minValue());
        }
        if (filter.campaign() != null && !filter.campaign().isBlank()) {
            sql.append(" AND d.campaign = :campaign");
            params.put("campaign", filter.campaign().strip());
        }
        return sql.toString();
    }

    /** The deal {@code condition} selects, with its one named parameter {@code name} set to {@code value}. */
    private Optional<Deal> select(String condition, String name, Object value) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deals d WHERE " + condition)
                .param(name, value)
                .query(DealService::deal)
                .optional();
    }

    private Deal require(UUID id) {
        return get(id).orElseThrow(() -> new NoSuchElementException("Deal " + id + " does not exist"));
    }

    private DealForm validate(DealForm form) {
        var errors = new ArrayList<ValidationException>();
        if (form.title() == null || form.title().isBlank()) {
            errors.add(new ValidationException("title", "Title is required"));
        }
        if (form.accountId() == null) {
            errors.add(new ValidationException("accountId", "A deal needs an account"));
        }
        if (form.valueForecast() != null && form.valueForecast().signum() < 0) {
            errors.add(new ValidationException("valueForecast", "The value forecast cannot be negative"));
        }
        if (form.probability() != null && (form.probability() < 0 || form.probability() > 100)) {
            errors.add(new ValidationException("probability", "Probability must be between 0 and 100"));
        }
        String currency = form.currency() == null || form.currency().isBlank()
                ? null
                : form.currency().strip().toUpperCase(Locale.ROOT);
        if (currency != null) {
            try {
                java.util.Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                errors.add(
                        new ValidationException("currency", "\"" + currency + "\" is not a currency code (e.g. EUR)"));
            }
        }
        if (form.ownerId() != null
                && owners().stream().noneMatch(o -> o.userId().equals(form.ownerId()))) {
            errors.add(new ValidationException("ownerId", "The owner must be an agent or manager of this brand"));
        }
        if (!errors.isEmpty()) {
            throw errors.getFirst();
        }
        if (currency == null) {
            currency = brands.current().map(b -> b.currency()).orElse("EUR");
        }
        return new DealForm(
                form.title().strip(),
                form.accountId(),
                form.primaryContactId(),
                form.ownerId(),
                form.valueForecast(),
                form.actualRoi(),
                currency,
                form.expectedClose(),
                form.contractSignedAt(),
                form.probability(),
                form.campaign() == null || form.campaign().isBlank()
                        ? null
                        : form.campaign().strip(),
                form.notes() == null || form.notes().isBlank()
                        ? null
                        : form.notes().strip());
    }

    private static Map<String, Object> params(DealForm form) {
        var params = new HashMap<String, Object>();
        params.put("account", form.accountId());
        params.put("contact", form.primaryContactId());
        params.put("owner", form.ownerId());
        params.put("title", form.title());
        params.put("value", form.valueForecast());
        params.put("roi", form.actualRoi());
        params.put("currency", form.currency());
        params.put("close", form.expectedClose());
        params.put("signed", form.contractSignedAt());
        params.put("probability", form.probability());
        params.put("campaign", form.campaign());
        params.put("notes", form.notes());
        return params;
    }

    private static DealRow row(ResultSet rs, int n) throws SQLException {
        return new DealRow(
                rs.getObject("id", UUID.class),
                rs.getLong("number"),
                rs.getString("title"),
                rs.getObject("account_id", UUID.class),
                rs.getString("account_name"),
                AccountType.valueOf(rs.getString("account_type")),
                DealStage.valueOf(rs.getString("stage")),
                DealOutcome.valueOf(rs.getString("outcome")),
                rs.getBigDecimal("value_forecast"),
                rs.getString("currency"),
                SqlValues.date(rs, "expected_close"),
                SqlValues.instant(rs, "stage_changed_at"),
                SqlValues.uuid(rs, "primary_contact_id"),
                rs.getString("contact_name"),
                rs.getString("owner_name"));
    }

    static Deal deal(ResultSet rs, int n) throws SQLException {
        return new Deal(
                rs.getObject("id", UUID.class),
                rs.getLong("number"),
                rs.getObject("account_id", UUID.class),
                SqlValues.uuid(rs, "primary_contact_id"),
                SqlValues.uuid(rs, "owner_id"),
                rs.getString("title"),
                DealStage.valueOf(rs.getString("stage")),
                DealOutcome.valueOf(rs.getString("outcome")),
                SqlValues.instant(rs, "stage_changed_at"),
                rs.getBigDecimal("value_forecast"),
                rs.getBigDecimal("actual_roi"),
                rs.getString("currency"),
                SqlValues.date(rs, "expected_close"),
                SqlValues.date(rs, "contract_signed_at"),
                SqlValues.integer(rs, "probability"),
                rs.getString("campaign"),
                rs.getString("notes"),
                rs.getString("lost_reason"),
                SqlValues.instant(rs, "deleted_at"),
                SqlValues.instant(rs, "created_at"),
                SqlValues.instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
