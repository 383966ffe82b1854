package com.fashionos.crm.search;

import com.fashionos.crm.common.SqlValues;
import com.fashionos.crm.deal.DealService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sidebar's global search (Ctrl/Cmd+K) over the current brand's contacts (name, email), accounts (name) and
 * deals (title, or number as "D-1004" / "1004"). Best first, in up to three steps per group, each reading an index and
 * stopping as soon as the group is full: name prefixes first (an ordered range of the name-sort index, so "Cam" costs
 * the same at a million contacts as at ten), then substrings (trigram index; the best of the first
 * {@value #CANDIDATES} matches), then, from five letters on, typo-tolerant word similarity of each word ("Camile"
 * finds "Camille Laurent", "Céleste Mraiere" finds "Céleste Mariere"). One- and two-letter input matches prefixes
 * only.
 */
@Service
@Transactional(readOnly = true)
public class GlobalSearch {

    /**
     * Minimum word similarity of each word of the input (of at least {@value #TYPO_WORD_LENGTH} letters) for a
     * typo-tolerant match: pg_trgm's 0.6 for one word ("Camile" finds "Camille", "Lucaère" no longer finds every
     * "Luca"), 0.5 when two or more words must all match.
     */
    static final String WORD_SIMILARITY_ONE_WORD = "0.6", WORD_SIMILARITY_WORDS = "0.5";

    /** Typo tolerance starts at this input length (three letters are similar to a large part of any name list). */
    static final int TYPO_INPUT_LENGTH = 5;

    /** Words shorter than this are left out of the typo-tolerant match (a typo in "Jin" leaves little of it). */
    static final int TYPO_WORD_LENGTH = 4;

    /** Substring matches ranked per group: a short fragment can match tens of thousands of rows at scale. */
    static final int CANDIDATES = 200;

    /** The range of strings starting with lower(:q) (U+10FFFF sorts after every character in the C collations). */
    private static final String NAME_PREFIX_RANGE = " >= lower(:q) AND %1$s < lower(:q) || chr(1114111)";

    private static final String CONTACT_COLUMNS =
            "c.id, c.name, c.role, c.email, a.name AS account_name FROM %s LEFT JOIN accounts a ON a.id = c.account_id ";

    private static final String DEAL_COLUMNS =
            "d.id, d.number, d.title, d.stage, d.outcome, a.name AS account_name FROM %s JOIN accounts a ON a.id = d.account_id ";

    private final JdbcClient jdbc;

    GlobalSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code perGroup} results per group, best first; empty for blank input. */
    public SearchResults search(@Nullable String text, int perGroup) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || perGroup < 1) {
            return SearchResults.empty();
        }
        var words = typoWords(q);
        jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', :t, true)")
                .param("t", words.size() > 1 ? WORD_SIMILARITY_WORDS : WORD_SIMILARITY_ONE_WORD)
                .query(String.class)
                .single();
        boolean shortInput = q.length() < 3;
        return new SearchResults(
                contacts(q, shortInput, perGroup), accounts(q, shortInput, perGroup), deals(q, shortInput, perGroup));
    }

    private List<SearchHit> contacts(String q, boolean shortInput, int limit) {
        var hits = new Hits(limit);
        hits.add(contactQuery(
                q,
                hits,
                "contacts c",
                "WHERE c.deleted_at IS NULL AND lower(c.name)" + NAME_PREFIX_RANGE.formatted("lower(c.name)")
                        + " AND starts_with(lower(c.name), lower(:q)) ORDER BY lower(c.name), c.id"));
        if (shortInput || hits.full()) {
            return hits.list();
        }
        hits.add(contactQuery(
                q,
                hits,
                "(SELECT c.id, c.name, c.role, c.email, c.account_id FROM contacts c WHERE c.deleted_at IS NULL AND (c.name ILIKE :contains OR c.email ILIKE"
                        + " :contains) LIMIT " + CANDIDATES + ") c",
                "ORDER BY (c.name ILIKE :contains) DESC, word_similarity(:q, c.name) DESC, lower(c.name), c.id"));
        if (hits.full() || typoWords(q).isEmpty()) {
            return hits.list();
        }
        hits.add(contactQuery(
                q,
                hits,
                "contacts c",
                "WHERE c.deleted_at IS NULL AND " + typoMatch(q, "c.name")
                        + " ORDER BY word_similarity(:q, c.name) DESC, lower(c.name), c.id"));
        return hits.list();
    }

    /** One step: {@code from} is the FROM item of the contacts (alias c), {@code whereOrder} follows the join. */
    private List<SearchHit> contactQuery(String q, Hits hits, String from, String whereOrder) {
        return jdbc.sql("SELECT " + CONTACT_COLUMNS.formatted(from) + whereOrder + " LIMIT :limit")
                .params(params(q, hits))
                .query((rs, n) -> new SearchHit(
                        SearchHit.Kind.CONTACT,
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        join(rs.getString("role"), rs.getString("account_name"), rs.getString("email"))))
                .list();
    }

    private List<SearchHit> accounts(String q, boolean shortInput, int limit) {
        var hits = new Hits(limit);
        hits.add(accountQuery(
                q,
                hits,
                "FROM accounts a WHERE a.deleted_at IS NULL AND lower(a.name)"
                        + NAME_PREFIX_RANGE.formatted("lower(a.name)")
                        + " AND starts_with(lower(a.name), lower(:q)) ORDER BY lower(a.name), a.id"));
        if (shortInput || hits.full()) {
            return hits.list();
        }
        hits.add(accountQuery(
                q,
                hits,
                "FROM (SELECT a.id, a.name, a.type, a.city FROM accounts a WHERE a.deleted_at IS NULL AND a.name ILIKE :contains LIMIT "
                        + CANDIDATES + ") a ORDER BY word_similarity(:q, a.name) DESC, lower(a.name), a.id"));
        if (hits.full() || typoWords(q).isEmpty()) {
            return hits.list();
        }
        hits.add(accountQuery(
                q,
                hits,
                "FROM accounts a WHERE a.deleted_at IS NULL AND " + typoMatch(q, "a.name")
                        + " ORDER BY word_similarity(:q, a.name) DESC, lower(a.name), a.id"));
        return hits.list();
    }

    private List<SearchHit> accountQuery(String q, Hits hits, String fromWhereOrder) {
        return jdbc.sql("SELECT a.id, a.name, a.type, a.city " + fromWhereOrder + " LIMIT :limit")
                .params(params(q, hits))
                .query((rs, n) -> new SearchHit(
                        SearchHit.Kind.ACCOUNT,
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        join(label(rs.getString("type")), rs.getString("city"), null)))
                .list();
    }

    private List<SearchHit> deals(String q, boolean shortInput, int limit) {
        var hits = new Hits(limit);
        var number = DealService.parseNumber(q);
        if (number.isPresent()) {
            hits.add(dealQuery(q, number.get(), hits, "deals d", "WHERE d.deleted_at IS NULL AND d.number = :number"));
        }
        if (hits.full()) {
            return hits.list();
        }
        if (shortInput) {
            hits.add(dealQuery(
                    q,
                    -1,
                    hits,
                    "(SELECT d.id, d.number, d.title, d.stage, d.outcome, d.account_id FROM deals d WHERE d.deleted_at IS NULL AND d.title ILIKE :prefix LIMIT "
                            + CANDIDATES + ") d",
                    "ORDER BY d.number DESC"));
            return hits.list();
        }
        hits.add(dealQuery(
                q,
                -1,
                hits,
                "(SELECT d.id, d.number, d.title, d.stage, d.outcome, d.account_id FROM deals d WHERE d.deleted_at IS NULL AND d.title ILIKE :contains LIMIT "
                        + CANDIDATES + ") d",
                "ORDER BY word_similarity(:q, d.title) DESC, d.number DESC"));
        if (hits.full() || number.isPresent() || typoWords(q).isEmpty()) {
            return hits.list();
        }
        hits.add(dealQuery(
                q,
                -1,
                hits,
                "deals d",
                "WHERE d.deleted_at IS NULL AND " + typoMatch(q, "d.title")
                        + " ORDER BY word_similarity(:q, d.title) DESC, d.number DESC"));
        return hits.list();
    }

    /** One step: {@code from} is the FROM item of the deals (alias d), {@code whereOrder} follows the join. */
    private List<SearchHit> dealQuery(String q, long number, Hits hits, String from, String whereOrder) {
        return jdbc.sql("SELECT " + DEAL_COLUMNS.formatted(from) + whereOrder + " LIMIT :limit")
                .params(params(q, hits))
                .param("number", number)
                .query((rs, n) -> new SearchHit(
                        SearchHit.Kind.DEAL,
                        rs.getObject("id", UUID.class),
                        "D-" + rs.getLong("number") + " · " + rs.getString("title"),
                        join(
                                rs.getString("account_name"),
                                label(rs.getString("stage")),
                                outcome(rs.getString("outcome")))))
                .list();
    }

    /** The hits of one group so far, in rank order, without duplicates (a later step finds earlier hits again). */
    private static final class Hits {
        private final int limit;
        private final java.util.LinkedHashMap<UUID, SearchHit> byId = new java.util.LinkedHashMap<>();

        Hits(int limit) {
            this.limit = limit;
        }

        /** Rows to ask the next step for: enough to fill the group even if all earlier hits come back. */
        int wanted() {
            return limit + byId.size();
        }

        void add(List<SearchHit> found) {
            for (SearchHit hit : found) {
                if (byId.size() < limit) {
                    byId.putIfAbsent(hit.id(), hit);
                }
            }
        }

        boolean full() {
            return byId.size() >= limit;
        }

        List<SearchHit> list() {
            return List.copyOf(byId.values());
        }
    }

    /** The words of {@code q} a typo-tolerant match looks for; none when the input is too short for one. */
    static List<String> typoWords(String q) {
        if (q.length() < TYPO_INPUT_LENGTH) {
            return List.of();
        }
        return java.util.Arrays.stream(q.split("\\s+"))
                .filter(w -> w.length() >= TYPO_WORD_LENGTH)
                .limit(3)
                .toList();
    }

    /**
     * Every word (bound as {@code :w0}, {@code :w1}, ...) similar to a word of {@code column}: one trigram index scan
     * per word, ANDed, so a common first name does not bring in every contact who has it.
     */
    private static String typoMatch(String q, String column) {
        var conditions = new java.util.StringJoiner(" AND ", "(", ")");
        for (int i = 0; i < typoWords(q).size(); i++) {
            conditions.add(":w" + i + " <% " + column);
        }
        return conditions.toString();
    }

    /** The parameters of a step: the input, its LIKE patterns, its words and the row limit. */
    private static Map<String, Object> params(String q, Hits hits) {
        var params = new HashMap<String, Object>();
        params.put("q", q);
        params.put("prefix", SqlValues.likePrefix(q));
        params.put("contains", SqlValues.likeContains(q));
        params.put("limit", hits.wanted());
        var words = typoWords(q);
        for (int i = 0; i < words.size(); i++) {
            params.put("w" + i, words.get(i));
        }
        return params;
    }

    private static @Nullable String outcome(String outcome) {
        return "OPEN".equals(outcome) ? null : label(outcome);
    }

    private static String label(String constant) {
        return constant.length() <= 3
                ? constant
                : constant.charAt(0) + constant.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String join(@Nullable String a, @Nullable String b, @Nullable String c) {
        return java.util.stream.Stream.of(a, b, c)
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .reduce((x, y) -> x + " · " + y)
                .orElse("");
    }
}
