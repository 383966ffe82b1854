package com.fashionos.crm.search;

import com.fashionos.crm.common.SqlValues;
import com.fashionos.crm.deal.DealService;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sidebar's global search (Ctrl/Cmd+K) over the current brand's contacts (name, email), accounts (name) and
 * deals (title, or number as "D-1004" / "1004"). Uses the trigram indexes: substring matches first, then
 * typo-tolerant word similarity ("Camile" finds "Camille Laurent"). One- and two-letter input matches name
 * prefixes only.
 */
@Service
@Transactional(readOnly = true)
public class GlobalSearch {

    /** Minimum word similarity for a typo-tolerant match (pg_trgm's default is 0.6). */
    static final String WORD_SIMILARITY_THRESHOLD = "0.45";

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
        jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', :t, true)")
                .param("t", WORD_SIMILARITY_THRESHOLD)
                .query(String.class)
                .single();
        boolean shortInput = q.length() < 3;
        return new SearchResults(
                contacts(q, shortInput, perGroup), accounts(q, shortInput, perGroup), deals(q, shortInput, perGroup));
    }

    private List<SearchHit> contacts(String q, boolean shortInput, int limit) {
        String match = shortInput
                ? "c.name ILIKE :prefix"
                : "(c.name ILIKE :contains OR c.email ILIKE :contains OR :q <% c.name)";
        return jdbc.sql("""
                        SELECT c.id, c.name, c.role, c.email, a.name AS account_name
                        FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id
                        WHERE c.deleted_at IS NULL AND """ + " " + match + """

                        ORDER BY (c.name ILIKE :prefix) DESC, (c.name ILIKE :contains) DESC,
                                 word_similarity(:q, c.name) DESC, lower(c.name), c.id
                        LIMIT :limit""")
                .param("q", q)
                .param("prefix", SqlValues.likePrefix(q))
                .param("contains", SqlValues.likeContains(q))
                .param("limit", limit)
                .query((rs, n) -> new SearchHit(
                        SearchHit.Kind.CONTACT,
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        join(rs.getString("role"), rs.getString("account_name"), rs.getString("email"))))
                .list();
    }

    private List<SearchHit> accounts(String q, boolean shortInput, int limit) {
        String match = shortInput ? "a.name ILIKE :prefix" : "(a.name ILIKE :contains OR :q <% a.name)";
        return jdbc.sql("""
                        SELECT a.id, a.name, a.type, a.city
                        FROM accounts a
                        WHERE a.deleted_at IS NULL AND """ + " " + match + """

                        ORDER BY (a.name ILIKE :prefix) DESC, (a.name ILIKE :contains) DESC,
                                 word_similarity(:q, a.name) DESC, lower(a.name), a.id
                        LIMIT :limit""")
                .param("q", q)
                .param("prefix", SqlValues.likePrefix(q))
                .param("contains", SqlValues.likeContains(q))
                .param("limit", limit)
                .query((rs, n) -> new SearchHit(
                        SearchHit.Kind.ACCOUNT,
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        join(label(rs.getString("type")), rs.getString("city"), null)))
                .list();
    }

    private List<SearchHit> deals(String q, boolean shortInput, int limit) {
        var number = DealService.parseNumber(q);
        String match;
        if (number.isPresent()) {
            match = "(d.number = :number OR d.title ILIKE :contains)";
        } else if (shortInput) {
            match = "d.title ILIKE :prefix";
        } else {
            match = "(d.title ILIKE :contains OR :q <% d.title)";
        }
        return jdbc.sql("""
                        SELECT d.id, d.number, d.title, d.stage, d.outcome, a.name AS account_name
                        FROM deals d JOIN accounts a ON a.id = d.account_id
                        WHERE d.deleted_at IS NULL AND """ + " " + match + """

                        ORDER BY (d.number = :number) DESC, (d.title ILIKE :contains) DESC,
                                 word_similarity(:q, d.title) DESC, d.number DESC
                        LIMIT :limit""")
                .param("q", q)
                .param("number", number.orElse(-1L))
                .param("prefix", SqlValues.likePrefix(q))
                .param("contains", SqlValues.likeContains(q))
                .param("limit", limit)
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
