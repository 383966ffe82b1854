package com.fashionos.crm.contact;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
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
        return new ContactForm(
                name,
                value,
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

    public ContactForm withWhatsapp(@Nullable String value) {
        return new ContactForm(
                name,
                email,
                value,
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

    public ContactForm withPhone(@Nullable String value) {
        return new ContactForm(
                name,
                email,
                whatsapp,
                value,
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

    public ContactForm withRole(@Nullable String value) {
        return new ContactForm(
                name,
                email,
                whatsapp,
                phone,
                value,
                accountId,
                city,
                country,
                language,
                tags,
                sentimentScore,
                notes,
                ownerId);
    }

    public ContactForm withAccountId(@Nullable UUID value) {
        return new ContactForm(
                name,
                email,
                whatsapp,
                phone,
                role,
                value,
                city,
                country,
                language,
                tags,
                sentimentScore,
                notes,
                ownerId);
    }

    public ContactForm withTags(Set<String> value) {
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
                value,
                sentimentScore,
                notes,
                ownerId);
    }

    public ContactForm withSentimentScore(@Nullable BigDecimal value) {
        return new ContactForm(
                name, email, whatsapp, phone, role, accountId, city, country, language, tags, value, notes, ownerId);
    }

    public ContactForm withOwnerId(@Nullable UUID value) {
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
                value);
    }
}
