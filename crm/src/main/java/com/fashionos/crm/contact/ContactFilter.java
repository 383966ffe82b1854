package com.fashionos.crm.contact;

import com.fashionos.crm.account.AccountType;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the contact list, also stored as JSON in segments. Null (or empty) fields do not filter.
 *
 * @param text contained in name, email or role (trigram indexes)
 * @param lastActiveWithinDays last activity within this many days
 * @param inactiveForDays no activity for at least this many days (or never)
 * @param minDealValue open deal value (as primary contact) at least this
 * @param tags with {@code tagMatch} ALL (default) or ANY
 * @param role contained in the role
 * @param includeMembersOf a segment whose hand-added members match besides the other criteria: the filter then
 *     matches (text, if any) and (the other criteria, or a member of that segment); with no other criteria, only
 *     the members. Null: no members included. Segments set it to their own id (see {@code Segment#scope()}).
 */
public record ContactFilter(
        @Nullable String text,
        @Nullable SentimentBand sentiment,
        @Nullable Integer lastActiveWithinDays,
        @Nullable Integer inactiveForDays,
        @Nullable BigDecimal minDealValue,
        @Nullable AccountType accountType,
        @Nullable Set<String> tags,
        @Nullable TagMatch tagMatch,
        @Nullable String role,
        @Nullable UUID ownerId,
        @Nullable UUID accountId,
        @Nullable UUID includeMembersOf) {

    public ContactFilter {
        tags = tags == null ? null : Set.copyOf(tags);
    }

    /** No filter: every contact. */
    public static ContactFilter all() {
        return new ContactFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ContactFilter withText(@Nullable String value) {
        return with(c -> c.text = value);
    }

    public ContactFilter withSentiment(@Nullable SentimentBand value) {
        return with(c -> c.sentiment = value);
    }

    public ContactFilter withLastActiveWithinDays(@Nullable Integer value) {
        return with(c -> c.lastActiveWithinDays = value);
    }

    public ContactFilter withInactiveForDays(@Nullable Integer value) {
        return with(c -> c.inactiveForDays = value);
    }

    public ContactFilter withMinDealValue(@Nullable BigDecimal value) {
        return with(c -> c.minDealValue = value);
    }

    public ContactFilter withAccountType(@Nullable AccountType value) {
        return with(c -> c.accountType = value);
    }

    public ContactFilter withTags(@Nullable Set<String> value, @Nullable TagMatch match) {
        return with(c -> {
            c.tags = value;
            c.tagMatch = match;
        });
    }

    public ContactFilter withRole(@Nullable String value) {
        return with(c -> c.role = value);
    }

    public ContactFilter withOwnerId(@Nullable UUID value) {
        return with(c -> c.ownerId = value);
    }

    public ContactFilter withAccountId(@Nullable UUID value) {
        return with(c -> c.accountId = value);
    }

    public ContactFilter withIncludeMembersOf(@Nullable UUID value) {
        return with(c -> c.includeMembersOf = value);
    }

    /** Whether any criterion besides the free text and the included members is set. */
    public boolean hasCriteria() {
        return sentiment != null
                || lastActiveWithinDays != null
                || inactiveForDays != null
                || minDealValue != null
                || accountType != null
                || (tags != null && !tags.isEmpty())
                || (role != null && !role.isBlank())
                || ownerId != null
                || accountId != null;
    }

    /** This filter with what {@code change} sets on a copy of its fields, the other fields as they are. */
    private ContactFilter with(Consumer<Copy> change) {
        var copy = new Copy();
        change.accept(copy);
        return copy.build();
    }

    /** The fields of this filter, open to change: each {@code withX} then names only the field it sets. */
    private final class Copy {
        private @Nullable String text = text();
        private @Nullable SentimentBand sentiment = sentiment();
        private @Nullable Integer lastActiveWithinDays = lastActiveWithinDays();
        private @Nullable Integer inactiveForDays = inactiveForDays();
        private @Nullable BigDecimal minDealValue = minDealValue();
        private @Nullable AccountType accountType = accountType();
        private @Nullable Set<String> tags = tags();
        private @Nullable TagMatch tagMatch = tagMatch();
        private @Nullable String role = role();
        private @Nullable UUID ownerId = ownerId();
        private @Nullable UUID accountId = accountId();
        private @Nullable UUID includeMembersOf = includeMembersOf();

        ContactFilter build() {
            return new ContactFilter(
                    text,
                    sentiment,
                    lastActiveWithinDays,
                    inactiveForDays,
                    minDealValue,
                    accountType,
                    tags,
                    tagMatch,
                    role,
                    ownerId,
                    accountId,
                    includeMembersOf);
        }
    }
}
