package com.fashionos.crm.contact;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters to create or edit a contact. Email and numbers may be entered loosely; the service
 * normalises them (lower-case email, E.164 numbers) or rejects them with a {@code ValidationException}.
 */
public record ContactForm(
        String name,
        @Nullable String email,
        @Nullable String whatsapp,
        @Nullable String phone,
        @Nullable String role,
        @Nullable UUID accountId,
        @Nullable String city,
        @Nullable String country,
        @Nullable String language,
        Set<String> tags,
        @Nullable BigDecimal sentimentScore,
        @Nullable String notes,
        @Nullable UUID ownerId) {

    public ContactForm {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** A form with a name and nothing else. */
    public static ContactForm named(String name) {
        return new ContactForm(name, null, null, null, null, null, null, null, null, Set.of(), null, null, null);
    }

    public ContactForm withEmail(@Nullable String value) {
        return with(c -> c.email = value);
    }

    public ContactForm withWhatsapp(@Nullable String value) {
        return with(c -> c.whatsapp = value);
    }

    public ContactForm withPhone(@Nullable String value) {
        return with(c -> c.phone = value);
    }

    public ContactForm withRole(@Nullable String value) {
        return with(c -> c.role = value);
    }

    public ContactForm withAccountId(@Nullable UUID value) {
        return with(c -> c.accountId = value);
    }

    public ContactForm withTags(Set<String> value) {
        return with(c -> c.tags = value);
    }

    public ContactForm withSentimentScore(@Nullable BigDecimal value) {
        return with(c -> c.sentimentScore = value);
    }

    public ContactForm withOwnerId(@Nullable UUID value) {
        return with(c -> c.ownerId = value);
    }

    /** This form with what {@code change} sets on a copy of its fields, the other fields as they are. */
    private ContactForm with(Consumer<Copy> change) {
        var copy = new Copy();
        change.accept(copy);
        return copy.build();
    }

    /** The fields of this form, open to change: each {@code withX} then names only the field it sets. */
    private final class Copy {
        private String name = name();
        private @Nullable String email = email();
        private @Nullable String whatsapp = whatsapp();
        private @Nullable String phone = phone();
        private @Nullable String role = role();
        private @Nullable UUID accountId = accountId();
        private @Nullable String city = city();
        private @Nullable String country = country();
        private @Nullable String language = language();
        private Set<String> tags = tags();
        private @Nullable BigDecimal sentimentScore = sentimentScore();
        private @Nullable String notes = notes();
        private @Nullable UUID ownerId = ownerId();

        ContactForm build() {
            return new ContactForm(
                    name,
                    email,
                    whatsapp,
                    phone,
                    role,
                    accountId,
                    city,
                    country,
                    language,
                    tags,
                    sentimentScore,
                    notes,
                    ownerId);
        }
    }
}
