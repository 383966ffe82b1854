package com.fashionos.crm.contact;

import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.audit.AuditLog;
import com.fashionos.crm.common.CountEstimator;
import com.fashionos.crm.common.CountResult;
import com.fashionos.crm.common.CurrentActor;
import com.fashionos.crm.common.Emails;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.PhoneNumbers;
import com.fashionos.crm.common.SqlSort;
import com.fashionos.crm.common.SqlSort.Direction;
import com.fashionos.crm.common.SqlValues;
import com.fashionos.crm.common.Tags;
import com.fashionos.crm.common.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts of the current brand: create and edit with validation (email syntax, WhatsApp and phone normalised to
 * E.164), duplicate warnings, soft delete with undo, bulk tagging and CSV export, related contacts, and the
 * filtered, sorted contact list paged in SQL with counts that fall back to the planner's estimate at scale.
 * Every write is audited.
 */
@Service
@Transactional
public class ContactService {

    /** Sortable properties of {@link #page}; each matches an index. */
    static final Map<String, Direction> SORTS = Map.of(
            "name", new Direction("lower(c.name) ASC, c.id ASC", "lower(c.name) DESC, c.id DESC"),
            "lastActivity",
                    new Direction(
                            "c.last_activity_at ASC NULLS FIRST, c.id DESC",
                            "c.last_activity_at DESC NULLS LAST, c.id ASC"),
            "sentiment",
                    new Direction(
                            "c.sentiment_score ASC NULLS LAST, c.id ASC",
                            "c.sentiment_score DESC NULLS LAST, c.id DESC"),
            "openDealValue", new Direction("c.open_deal_value ASC, c.id DESC", "c.open_deal_value DESC, c.id ASC"),
            // contacts.account_name (kept by a trigger, V080), not the joined account: the sort then reads an index
            "account",
                    new Direction(
                            "lower(c.account_name) ASC NULLS LAST, lower(c.name) ASC, c.id ASC",
                            "lower(c.account_name) DESC NULLS FIRST, lower(c.name) DESC, c.id DESC"));

    private static final int BULK_CHUNK = 1000;

    private static final String CSV_HEADER =
            "name,email,whatsapp,phone,role,account,account_type,city,country,tags,sentiment,last_activity_at\r\n";

    private static final String CSV_COLUMNS = """
            c.id, c.name, c.email, c.whatsapp, c.phone, c.role, a.name AS account_name, a.type AS account_type,
            c.city, c.country, array_to_string(c.tags, ' ') AS tags, c.sentiment_score, c.last_activity_at""";

    /**
     * A text filter the planner expects to match at most this many contacts is answered by sorting its matches
     * (trigram index), a more common one by walking the sort index until the page is full. Measured at 1M contacts
     * (bench/RESULTS-1M.md): sorting costs ~3 us a match (each is a table row to read), the index-only walk ~0.3 us a
     * row passed, about 50 x contacts / matches rows; below ~3,000 matches the walk can pass 100,000s of rows, above
     * it sorting reads 10,000s.
     */
    static final long TEXT_MATCHES_SORTED = 3_000;

    private static final String COLUMNS = """
            c.id, c.account_id, c.name, c.email, c.whatsapp, c.phone, c.role, c.city, c.country, c.language, c.tags,
            c.sentiment_score, c.bio_grounded, c.bio_sources::text AS bio_sources, c.notes, c.owner_id,
            c.last_activity_at, c.open_deal_value, c.deleted_at, c.created_at, c.updated_at, c.version""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final CountEstimator counter;

    ContactService(JdbcClient jdbc, AuditLog audit, CurrentActor actor, CountEstimator counter) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.actor = actor;
        this.counter = counter;
    }

    /**
     * Creates a contact.
     *
     * @param defaultRegion ISO country code for numbers entered without a country code (e.g. {@code FR})
     * @throws ValidationException for a missing name, a bad email or phone number, an unknown account
     */
    public Contact create(ContactForm form, String defaultRegion) {
        var params = params(validate(form, defaultRegion));
        UUID id = jdbc.sql("""
                        INSERT INTO contacts (name, email, whatsapp, phone, role, account_id, city, country, language,
                                              tags, sentiment_score, notes, owner_id)
                        VALUES (:name, :email, :whatsapp, :phone, :role, :account, :city, :country, :language,
                                :tags, :sentiment, :notes, :owner)
                        RETURNING id""").params(params).query(UUID.class).single();
        audit.record(actor.id(), "CREATE", "contact", id, Map.of("name", params.get("name")));
        return require(id);
    }

    /** Replaces the editable fields of a contact (same validation as {@link #create}). */
    public Contact update(UUID id, ContactForm form, String defaultRegion) {
        var before = require(id);
        var params = params(validate(form, defaultRegion));
        params.put("id", id);
        int n = jdbc.sql("""
                        UPDATE contacts SET name = :name, email = :email, whatsapp = :whatsapp, phone = :phone,
                               role = :role, account_id = :account, city = :city, country = :country,
                               language = :language, tags = :tags, sentiment_score = :sentiment, notes = :notes,
                               owner_id = :owner, version = version + 1
                        WHERE id = :id AND deleted_at IS NULL""").params(params).update();
        if (n == 0) {
            throw new NoSuchElementException("Contact " + id + " does not exist or was deleted");
        }
        audit.record(actor.id(), "UPDATE", "contact", id, changes(before, params));
        return require(id);
    }

    /** The contact, including a soft-deleted one (check {@link Contact#deleted()}). */
    @Transactional(readOnly = true)
    public Optional<Contact> get(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contacts c WHERE c.id = :id")
                .param("id", id)
                .query(ContactService::contact)
                .optional();
    }

    /**
     * Other contacts with the same email or WhatsApp number: a warning for the form, never a block. Inputs are
     * normalised first; unparseable input simply finds nothing.
     */
    @Transactional(readOnly = true)
    public List<DuplicateHint> findDuplicates(
            @Nullable String email, @Nullable String whatsapp, @Nullable UUID excludeId, String defaultRegion) {
        String normalizedEmail = quietly(() -> Emails.normalize(email));
        String normalizedWhatsapp = quietly(() -> PhoneNumbers.toE164(whatsapp, defaultRegion));
        if (normalizedEmail == null && normalizedWhatsapp == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, name, email, whatsapp FROM contacts
                        WHERE deleted_at IS NULL AND (email = :email OR whatsapp = :whatsapp)
                          AND (cast(:exclude AS uuid) IS NULL OR id <> :exclude)
                        ORDER BY lower(name), id
                        LIMIT 10""")
                .param("email", normalizedEmail)
                .param("whatsapp", normalizedWhatsapp)
                .param("exclude", excludeId)
                .query((rs, n) -> {
                    boolean byEmail = normalizedEmail != null && normalizedEmail.equals(rs.getString("email"));
                    return new DuplicateHint(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            byEmail ? DuplicateHint.Field.EMAIL : DuplicateHint.Field.WHATSAPP,
                            byEmail ? normalizedEmail : rs.getString("whatsapp"));
                })
                .list();
    }

    /** {@link #findDuplicates(String, String, UUID, String)} with French national numbers as the default. */
    @Transactional(readOnly = true)
    public List<DuplicateHint> findDuplicates(
            @Nullable String email, @Nullable String whatsapp, @Nullable UUID excludeId) {
        return findDuplicates(email, whatsapp, excludeId, "FR");
    }

    /** Soft-deletes a contact; {@link #restore(UUID)} undoes it. */
    public void delete(UUID id) {
        int n = jdbc.sql("UPDATE contacts SET deleted_at = now() WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .update();
        if (n > 0) {
            audit.record(actor.id(), "DELETE", "contact", id, Map.of());
        }
    }

    /** Undoes a soft delete. */
    public void restore(UUID id) {
        int n = jdbc.sql("UPDATE contacts SET deleted_at = NULL WHERE id = :id AND deleted_at IS NOT NULL")
                .param("id", id)
                .update();
        if (n > 0) {
            audit.record(actor.id(), "RESTORE", "contact", id, Map.of());
        }
    }

    /** Adds tags to many contacts at once; returns how many contacts changed. */
    public int addTags(Set<UUID> ids, Set<String> tags) {
        var normalized = Tags.normalize(tags);
        if (ids.isEmpty() || normalized.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (List<UUID> chunk : SqlValues.chunks(ids, BULK_CHUNK)) {
            changed += jdbc.sql("""
                            UPDATE contacts
                            SET tags = ARRAY(SELECT DISTINCT t FROM unnest(tags || cast(:tags AS text[])) t ORDER BY t),
                                version = version + 1
                            WHERE id IN (:ids) AND deleted_at IS NULL AND NOT (tags @> cast(:tags AS text[]))""")
                    .param("tags", SqlValues.textArray(normalized))
                    .param("ids", chunk)
                    .update();
        }
        audit.record(actor.id(), "BULK_TAG", "contact", null, Map.of("tags", normalized, "count", changed, "ids", ids));
        return changed;
    }

    /**
     * Writes the given contacts as CSV (header line, RFC 4180 quoting; cells that a spreadsheet would run as a
     * formula are prefixed with an apostrophe). Returns the number of rows written.
     */
    public int exportCsv(Set<UUID> ids, Writer out) {
        try {
            out.write(CSV_HEADER);
            int rows = 0;
            for (List<UUID> chunk : SqlValues.chunks(ids, BULK_CHUNK)) {
                var lines = jdbc.sql("""
                                SELECT c.name, c.email, c.whatsapp, c.phone, c.role, a.name AS account_name,
                                       a.type AS account_type, c.city, c.country, array_to_string(c.tags, ' ') AS tags,
                                       c.sentiment_score, c.last_activity_at
                                FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id
                                WHERE c.id IN (:ids) AND c.deleted_at IS NULL
                                ORDER BY lower(c.name), c.id""")
                        .param("ids", chunk)
                        .query(ContactService::csvLine)
                        .list();
                for (String line : lines) {
                    out.write(line);
                    out.write("\r\n");
                    rows++;
                }
            }
            out.flush();
            audit.record(actor.id(), "EXPORT", "contact", null, Map.of("count", rows));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes every contact the filter matches as CSV (same columns as {@link #exportCsv(Set, Writer)}), by name.
     * Streams from SQL in keyset-paged chunks, so the whole list is never held in memory. Returns the rows written.
     */
    public int exportCsv(ContactFilter filter, Writer out) {
        return exportCsv(filter, out, BULK_CHUNK);
    }

    int exportCsv(ContactFilter filter, Writer out, int chunkSize) {
        try {
            out.write(CSV_HEADER);
            int rows = 0;
            @Nullable String afterName = null;
            @Nullable UUID afterId = null;
            while (true) {
                var params = new HashMap<String, Object>();
                String where = where(filter, params);
                if (afterId != null) {
                    where += " AND (lower(c.name), c.id) > (:afterName, :afterId)";
                    params.put("afterName", afterName);
                    params.put("afterId", afterId);
                }
                params.put("limit", chunkSize);
                var chunk = jdbc.sql("SELECT " + CSV_COLUMNS + ", lower(c.name) AS sort_name"
                                + " FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id " + where
                                + " ORDER BY lower(c.name), c.id LIMIT :limit")
                        .params(params)
                        .query((rs, n) ->
                                new CsvRow(rs.getObject("id", UUID.class), rs.getString("sort_name"), csvLine(rs, n)))
                        .list();
                for (CsvRow row : chunk) {
                    out.write(row.line());
                    out.write("\r\n");
                    rows++;
                }
                if (chunk.size() < chunkSize) {
                    break;
                }
                afterName = chunk.getLast().sortName();
                afterId = chunk.getLast().id();
            }
            out.flush();
            audit.record(actor.id(), "EXPORT", "contact", null, Map.of("count", rows, "filter", filter));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record CsvRow(UUID id, String sortName, String line) {}

    /**
     * The distinct tags on the brand's contacts, alphabetically, at most {@code limit} (for the tag filter's
     * choices).
     */
    @Transactional(readOnly = true)
    public List<String> tagsInUse(int limit) {
        // contact_tags is the brand's tag vocabulary, kept by a trigger on contacts (V083): no scan of the contacts.
        return jdbc.sql("SELECT tag FROM contact_tags WHERE contacts > 0 ORDER BY tag LIMIT :limit")
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    /** The members of the current brand, who can own contacts (for the owner filter), by name. */
    @Transactional(readOnly = true)
    public List<ContactOwner> owners() {
        return jdbc.sql("""
                        SELECT u.id, u.display_name FROM memberships m JOIN app_users u ON u.id = m.user_id
                        WHERE m.brand_id = app_brand_id()
                        ORDER BY lower(u.display_name), u.id""")
                .query((rs, n) -> new ContactOwner(rs.getObject("id", UUID.class), rs.getString("display_name")))
                .list();
    }

    private static String csvLine(ResultSet rs, int row) throws SQLException {
        return String.join(
                ",",
                cell(rs.getString("name"), true),
                cell(rs.getString("email"), true),
                cell(rs.getString("whatsapp"), false),
                cell(rs.getString("phone"), false),
                cell(rs.getString("role"), true),
                cell(rs.getString("account_name"), true),
                cell(rs.getString("account_type"), true),
                cell(rs.getString("city"), true),
                cell(rs.getString("country"), true),
                cell(rs.getString("tags"), true),
                cell(rs.getString("sentiment_score"), false),
                cell(
                        String.valueOf(Optional.ofNullable(SqlValues.instant(rs, "last_activity_at"))
                                .map(Object::toString)
                                .orElse("")),
                        false));
    }

    /**
     * One page of the contact list, filtered and sorted in SQL. The page's ids are found first and only they are
     * joined to their account and owner: joined in one query, the rows an OFFSET skips were joined too (a page
     * scrolled to row 1,000 looked up 1,000 accounts to show 50). Sortable properties: {@code name},
     * {@code lastActivity}, {@code sentiment}, {@code openDealValue}, {@code account}; default by name.
     */
    @Transactional(readOnly = true)
    public List<ContactRow> page(ContactFilter filter, Page page) {
        return page(filter, page, TEXT_MATCHES_SORTED);
    }

    /**
     * {@link #page(ContactFilter, Page)} with the number of estimated text matches up to which they are fetched and
     * sorted rather than found by walking the sort order (tests force each way with 0 and {@code Long.MAX_VALUE}).
     */
    @Transactional(readOnly = true)
    List<ContactRow> page(ContactFilter filter, Page page, long textMatchesSorted) {
        var params = new HashMap<String, Object>();
        String where = where(filter, params);
        params.put("offset", page.offset());
        params.put("limit", page.limit());
        String order = SqlSort.orderBy(page, SORTS, SORTS.get("name").ascending(), "c.id ASC");
        String matches = "contacts c " + where;
        if (filter.text() != null
                && !filter.text().isBlank()
                && counter.estimate("FROM " + matches, params) <= textMatchesSorted) {
            // A rare fragment: walking the sort order would pass many rows per match. Fetch the matches through the
            // trigram index and sort them instead (OFFSET 0 keeps the planner from turning the subquery back into a
            // walk). A common one is found by walking the name sort's index, which carries search_text (V085):
            // an index-only scan that stops when the page is full.
            matches = "(SELECT c.* FROM " + matches + " OFFSET 0) c";
        }
        return jdbc.sql("""
                        SELECT c.id, c.name, c.email, c.whatsapp, c.role, c.account_id, a.name AS account_name,
                               a.type AS account_type, c.tags, c.sentiment_score, c.last_activity_at,
                               c.open_deal_value, u.display_name AS owner_name
                        FROM"""
                        + " (SELECT c.id FROM " + matches + " ORDER BY " + order
                        + " OFFSET :offset LIMIT :limit) p"
                        + " JOIN contacts c ON c.id = p.id"
                        + " LEFT JOIN accounts a ON a.id = c.account_id"
                        + " LEFT JOIN app_users u ON u.id = c.owner_id"
                        + " ORDER BY " + order)
                .params(params)
                .query((rs, n) -> new ContactRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("whatsapp"),
                        rs.getString("role"),
                        SqlValues.uuid(rs, "account_id"),
                        rs.getString("account_name"),
                        accountType(rs.getString("account_type")),
                        SqlValues.textArray(rs, "tags"),
                        rs.getBigDecimal("sentiment_score"),
                        SqlValues.instant(rs, "last_activity_at"),
                        rs.getBigDecimal("open_deal_value"),
                        rs.getString("owner_name")))
                .list();
    }

    /**
     * How many contacts the filter matches: exact when counting is cheap (up to about 10,000 rows), otherwise the
     * query planner's estimate or "at least 10,000" (see {@link CountEstimator}).
     */
    @Transactional(readOnly = true)
    public CountResult count(ContactFilter filter) {
        var params = new HashMap<String, Object>();
        String where = where(filter, params);
        return counter.count("FROM contacts c " + where, params);
    }

    /** Contacts of the same account and contacts sharing a deal with this one, by name. */
    @Transactional(readOnly = true)
    public List<RelatedContact> related(UUID contactId, int limit) {
        return jdbc.sql("""
                        WITH my_deals AS (
                            SELECT id FROM deals WHERE primary_contact_id = :id AND deleted_at IS NULL
                            UNION
                            SELECT dc.deal_id FROM deal_contacts dc JOIN deals d ON d.id = dc.deal_id
                            WHERE dc.contact_id = :id AND d.deleted_at IS NULL
                        ), rel AS (
                            SELECT o.id AS contact_id, 'Same account' AS relation, 0 AS prio, 0::bigint AS number
                            FROM contacts me JOIN contacts o ON o.account_id = me.account_id AND o.deleted_at IS NULL
                            WHERE me.id = :id
                            UNION ALL
                            SELECT d.primary_contact_id, 'Deal D-' || d.number, 1, d.number
                            FROM my_deals m JOIN deals d ON d.id = m.id
                            UNION ALL
                            SELECT dc.contact_id, 'Deal D-' || d.number, 1, d.number
                            FROM my_deals m JOIN deals d ON d.id = m.id JOIN deal_contacts dc ON dc.deal_id = d.id
                        ), best AS (
                            SELECT DISTINCT ON (contact_id) contact_id, relation
                            FROM rel WHERE contact_id IS NOT NULL AND contact_id <> :id
                            ORDER BY contact_id, prio, number
                        )
                        SELECT c.id, c.name, c.role, a.name AS account_name, b.relation
                        FROM best b JOIN contacts c ON c.id = b.contact_id AND c.deleted_at IS NULL
                        LEFT JOIN accounts a ON a.id = c.account_id
                        ORDER BY lower(c.name), c.id
                        LIMIT :limit""")
                .param("id", contactId)
                .param("limit", limit)
                .query((rs, n) -> new RelatedContact(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("role"),
                        rs.getString("account_name"),
                        rs.getString("relation")))
                .list();
    }

    static String where(ContactFilter filter, Map<String, Object> params) {
        var sql = new StringBuilder("WHERE c.deleted_at IS NULL");
        if (filter.text() != null && !filter.text().isBlank()) {
            // search_text is lower(name, email, role) kept by PostgreSQL (V085); lower() of the pattern is folded
            // into a constant when the statement is planned.
            sql.append(" AND c.search_text LIKE lower(:text)");
            params.put("text", SqlValues.likeContains(filter.text().strip()));
        }
        var criteria = new java.util.ArrayList<String>();
        if (filter.sentiment() != null) {
            criteria.add(
                    switch (filter.sentiment()) {
                        case NEGATIVE -> "c.sentiment_score < :sentimentLower";
                        case NEUTRAL -> "c.sentiment_score BETWEEN :sentimentLower AND :sentimentUpper";
                        case POSITIVE -> "c.sentiment_score > :sentimentUpper";
                    });
            params.put("sentimentLower", SentimentBand.LOWER);
            params.put("sentimentUpper", SentimentBand.UPPER);
        }
        if (filter.lastActiveWithinDays() != null) {
            criteria.add("c.last_activity_at >= now() - make_interval(days => :activeDays)");
            params.put("activeDays", filter.lastActiveWithinDays());
        }
        if (filter.inactiveForDays() != null) {
            criteria.add(
                    "(c.last_activity_at IS NULL OR c.last_activity_at < now() - make_interval(days => :inactiveDays))");
            params.put("inactiveDays", filter.inactiveForDays());
        }
        if (filter.minDealValue() != null) {
            criteria.add("c.open_deal_value >= :minDealValue");
            params.put("minDealValue", filter.minDealValue());
        }
        if (filter.accountType() != null) {
            criteria.add("EXISTS (SELECT 1 FROM accounts fa WHERE fa.id = c.account_id AND fa.type = :accountType"
                    + " AND fa.deleted_at IS NULL)");
            params.put("accountType", filter.accountType().name());
        }
        var tags = Tags.normalize(filter.tags());
        if (!tags.isEmpty()) {
            criteria.add(
                    filter.tagMatch() == TagMatch.ANY
                            ? "c.tags && cast(:tags AS text[])"
                            : "c.tags @> cast(:tags AS text[])");
            params.put("tags", SqlValues.textArray(tags));
        }
        if (filter.role() != null && !filter.role().isBlank()) {
            criteria.add("c.role ILIKE :role");
            params.put("role", SqlValues.likeContains(filter.role().strip()));
        }
        if (filter.ownerId() != null) {
            criteria.add("c.owner_id = :ownerId");
            params.put("ownerId", filter.ownerId());
        }
        if (filter.accountId() != null) {
            criteria.add("c.account_id = :accountId");
            params.put("accountId", filter.accountId());
        }
        if (filter.includeMembersOf() == null) {
            criteria.forEach(c -> sql.append(" AND ").append(c));
        } else {
            // a segment: its criteria OR its hand-added members (only the members when it has no criteria)
            String members = "c.id IN (SELECT sm.contact_id FROM segment_members sm WHERE sm.segment_id = :membersOf)";
            params.put("membersOf", filter.includeMembersOf());
            sql.append(" AND ");
            if (criteria.isEmpty()) {
                sql.append(members);
            } else {
                sql.append("((")
                        .append(String.join(" AND ", criteria))
                        .append(") OR ")
                        .append(members)
                        .append(')');
            }
        }
        return sql.toString();
    }

    private Contact require(UUID id) {
        return get(id).orElseThrow(() -> new NoSuchElementException("Contact " + id + " does not exist"));
    }

    private ContactForm validate(ContactForm form, String defaultRegion) {
        if (form.name() == null || form.name().isBlank()) {
            throw new ValidationException("name", "Name is required");
        }
        String email = Emails.normalize(form.email()).orElse(null);
        String whatsapp;
        String phone;
        try {
            whatsapp = PhoneNumbers.toE164(form.whatsapp(), defaultRegion).orElse(null);
        } catch (ValidationException e) {
            throw e.onField("whatsapp");
        }
        phone = PhoneNumbers.toE164(form.phone(), defaultRegion).orElse(null);
        BigDecimal sentiment = form.sentimentScore();
        if (sentiment != null
                && (sentiment.compareTo(BigDecimal.ONE) > 0 || sentiment.compareTo(BigDecimal.ONE.negate()) < 0)) {
            throw new ValidationException("sentimentScore", "Sentiment must be between -1 and 1");
        }
        String country = blankToNull(form.country());
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw new ValidationException("country", "Country must be a two-letter code such as FR or IT");
            }
        }
        if (form.accountId() != null) {
            boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM accounts WHERE id = :id AND deleted_at IS NULL)")
                    .param("id", form.accountId())
                    .query(Boolean.class)
                    .single();
            if (!exists) {
                throw new ValidationException("accountId", "The selected account does not exist (any more)");
            }
        }
        String language = blankToNull(form.language());
        return new ContactForm(
                form.name().strip(),
                email,
                whatsapp,
                phone,
                blankToNull(form.role()),
                form.accountId(),
                blankToNull(form.city()),
                country,
                language == null ? "en" : language.toLowerCase(Locale.ROOT),
                Tags.normalize(form.tags()),
                sentiment,
                blankToNull(form.notes()),
                form.ownerId());
    }

    private static Map<String, Object> params(ContactForm form) {
        var params = new HashMap<String, Object>();
        params.put("name", form.name());
        params.put("email", form.email());
        params.put("whatsapp", form.whatsapp());
        params.put("phone", form.phone());
        params.put("role", form.role());
        params.put("account", form.accountId());
        params.put("city", form.city());
        params.put("country", form.country());
        params.put("language", form.language());
        params.put("tags", SqlValues.textArray(form.tags()));
        params.put("sentiment", form.sentimentScore());
        params.put("notes", form.notes());
        params.put("owner", form.ownerId());
        return params;
    }

    private static Map<String, Object> changes(Contact before, Map<String, Object> after) {
        var changes = new LinkedHashMap<String, Object>();
        diff(changes, "name", before.name(), after.get("name"));
        diff(changes, "email", before.email(), after.get("email"));
        diff(changes, "whatsapp", before.whatsapp(), after.get("whatsapp"));
        diff(changes, "phone", before.phone(), after.get("phone"));
        diff(changes, "role", before.role(), after.get("role"));
        diff(changes, "accountId", before.accountId(), after.get("account"));
        diff(changes, "ownerId", before.ownerId(), after.get("owner"));
        return changes;
    }

    private static void diff(
            Map<String, Object> changes, String field, @Nullable Object before, @Nullable Object after) {
        if (!java.util.Objects.equals(before, after)) {
            var change = new HashMap<String, @Nullable Object>();
            change.put("from", before);
            change.put("to", after);
            changes.put(field, change);
        }
    }

    private static @Nullable String quietly(java.util.function.Supplier<Optional<String>> normalizer) {
        try {
            return normalizer.get().orElse(null);
        } catch (ValidationException e) {
            return null;
        }
    }

    private static String cell(@Nullable String value, boolean text) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (text && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable AccountType accountType(@Nullable String value) {
        return value == null ? null : AccountType.valueOf(value);
    }

    static Contact contact(ResultSet rs, int row) throws SQLException {
        return new Contact(
                rs.getObject("id", UUID.class),
                SqlValues.uuid(rs, "account_id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("whatsapp"),
                rs.getString("phone"),
                rs.getString("role"),
                rs.getString("city"),
                rs.getString("country"),
                rs.getString("language"),
                SqlValues.textArray(rs, "tags"),
                rs.getBigDecimal("sentiment_score"),
                rs.getString("bio_grounded"),
                rs.getString("bio_sources"),
                rs.getString("notes"),
                SqlValues.uuid(rs, "owner_id"),
                SqlValues.instant(rs, "last_activity_at"),
                rs.getBigDecimal("open_deal_value"),
                SqlValues.instant(rs, "deleted_at"),
                SqlValues.instant(rs, "created_at"),
                SqlValues.instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
