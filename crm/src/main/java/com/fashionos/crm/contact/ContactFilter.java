package com.fashionos.crm.contact;

import com.fashionos.crm.account.AccountType;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
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
        return new ContactFilter(
                value,
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

    public ContactFilter withSentiment(@Nullable SentimentBand value) {
        return new ContactFilter(
                text,
                value,
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

    public ContactFilter withLastActiveWithinDays(@Nullable Integer value) {
        return new ContactFilter(
                text,
                sentiment,
                value,
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

    public ContactFilter withInactiveForDays(@Nullable Integer value) {
        return new ContactFilter(
                text,
                sentiment,
                lastActiveWithinDays,
                value,
                minDealValue,
                accountType,
                tags,
                tagMatch,
                role,
                ownerId,
                accountId,
                includeMembersOf);
    }

    public ContactFilter withMinDealValue(@Nullable BigDecimal value) {
        return new ContactFilter(
                text,
                sentiment,
                lastActiveWithinDays,
                inactiveForDays,
                value,
                accountType,
                tags,
                tagMatch,
                role,
                ownerId,
                accountId,
                includeMembersOf);
    }

    public ContactFilter withAccountType(@Nullable AccountType value) {
        return new ContactFilter(
                text,
                sentiment,
                lastActiveWithinDays,
                inactiveForDays,
                minDealValue,
                value,
                tags,
                tagMatch,
                role,
                ownerId,
                accountId,
                includeMembersOf);
    }

    public ContactFilter withTags(@Nullable Set<String> value, @Nullable TagMatch match) {
        return new ContactFilter(
                text,
                sentiment,
                lastActiveWithinDays,
                inactiveForDays,
                minDealValue,
                accountType,
                value,
                match,
                role,
                ownerId,
                accountId,
                includeMembersOf);
    }

    public ContactFilter withRole(@Nullable String value) {
        return new ContactFilter(
                text,
                sentiment,
                lastActiveWithinDays,
                inactiveForDays,
                minDealValue,
                accountType,
                tags,
                tagMatch,
                value,
                ownerId,
                accountId,
                includeMembersOf);
    }

    public ContactFilter withOwnerId(@Nullable UUID value) {
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
                value,
                accountId,
                includeMembersOf);
    }

    public ContactFilter withAccountId(@Nullable UUID value) {
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
                value,
                includeMembersOf);
    }

    public ContactFilter withIncludeMembersOf(@Nullable UUID value) {
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
                value);
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
}
