package com.fashionos.ui.contact;

import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.SentimentBand;
import com.fashionos.crm.contact.TagMatch;
import com.fashionos.ui.segment.SegmentList;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The contact list's state as URL query parameters, so a filtered list can be bookmarked and shared: {@code q}
 * (free text, as the global search sends it), {@code segment}, {@code sentiment}, {@code active} / {@code inactive}
 * (days), {@code minValue}, {@code type}, {@code tags} (comma separated) with {@code match=any}, {@code role},
 * {@code owner}. Unreadable values are ignored rather than failing the page.
 */
record ContactQuery(ContactFilter filter, @Nullable UUID segmentId) {

    static final String TEXT = "q";

    /** Reads the parameters; criteria of an opened segment are not in the URL but come from the segment. */
    static ContactQuery from(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        var filter = ContactFilter.all()
                .withText(first(p, TEXT, Function.identity()))
                .withSentiment(first(p, "sentiment", v -> SentimentBand.valueOf(v.toUpperCase(Locale.ROOT))))
                .withLastActiveWithinDays(first(p, "active", ContactQuery::days))
                .withInactiveForDays(first(p, "inactive", ContactQuery::days))
                .withMinDealValue(first(p, "minValue", v -> new BigDecimal(v).max(BigDecimal.ZERO)))
                .withAccountType(first(p, "type", v -> AccountType.valueOf(v.toUpperCase(Locale.ROOT))))
                .withRole(first(p, "role", Function.identity()))
                .withOwnerId(first(p, "owner", UUID::fromString));
        Set<String> tags = first(p, "tags", v -> Arrays.stream(v.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
        if (tags != null && !tags.isEmpty()) {
            filter = filter.withTags(
                    tags, "any".equalsIgnoreCase(first(p, "match", Function.identity())) ? TagMatch.ANY : TagMatch.ALL);
        }
        return new ContactQuery(filter, first(p, SegmentList.PARAMETER, UUID::fromString));
    }

    /** The parameters for this state: the segment (not its criteria) when one is open, else the criteria. */
    QueryParameters toParameters() {
        var p = new LinkedHashMap<String, String>();
        put(p, TEXT, filter.text());
        if (segmentId != null) {
            p.put(SegmentList.PARAMETER, segmentId.toString());
            return QueryParameters.simple(p);
        }
        put(
                p,
                "sentiment",
                filter.sentiment() == null ? null : lower(filter.sentiment().name()));
        put(p, "active", filter.lastActiveWithinDays());
        put(p, "inactive", filter.inactiveForDays());
        put(
                p,
                "minValue",
                filter.minDealValue() == null ? null : filter.minDealValue().toPlainString());
        put(
                p,
                "type",
                filter.accountType() == null ? null : lower(filter.accountType().name()));
        if (filter.tags() != null && !filter.tags().isEmpty()) {
            p.put("tags", filter.tags().stream().sorted().collect(Collectors.joining(",")));
            if (filter.tagMatch() == TagMatch.ANY) {
                p.put("match", "any");
            }
        }
        put(p, "role", filter.role());
        put(p, "owner", filter.ownerId());
        return QueryParameters.simple(p);
    }

    private static void put(Map<String, String> p, String key, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            p.put(key, value.toString());
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Integer days(String value) {
        int days = Integer.parseInt(value);
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("days out of range: " + days);
        }
        return days;
    }

    private static <T> @Nullable T first(Map<String, List<String>> p, String key, Function<String, T> parse) {
        List<String> values = p.get(key);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return null;
        }
        try {
            return parse.apply(values.getFirst().strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
