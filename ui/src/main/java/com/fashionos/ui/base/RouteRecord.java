package com.fashionos.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The record a detail view shows, read from its route parameter ({@code crm/contacts/:contactId}): loaded on entering
 * the view, sent to the not-found page when the parameter names nothing (or is malformed), and named in the browser
 * tab. Contact 360, account and deal war room share it instead of repeating the parsing, the look-up and the title.
 *
 * @param <T> the record type
 */
public final class RouteRecord<T> {

    private final String parameter;
    private final String noun;
    private final Function<String, Optional<T>> finder;
    private @Nullable T record;

    /**
     * @param parameter the route parameter holding the key, e.g. {@code contactId}
     * @param noun what the record is, for messages and the fallback title, e.g. {@code contact}
     * @param finder reads the record for the raw parameter; an {@link IllegalArgumentException} (a malformed key)
     *     counts as not found
     */
    public RouteRecord(String parameter, String noun, Function<String, Optional<T>> finder) {
        this.parameter = parameter;
        this.noun = noun;
        this.finder = finder;
    }

    /** A finder for records keyed by UUID; {@link UUID#fromString} rejects anything else. */
    public static <T> Function<String, Optional<T>> byUuid(Function<UUID, Optional<T>> finder) {
        return raw -> finder.apply(UUID.fromString(raw));
    }

    /**
     * Loads the record the route names. Returns it, or reroutes to the not-found page and returns empty.
     */
    public Optional<T> load(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(parameter).orElse("");
        try {
            record = finder.apply(raw).orElse(null);
        } catch (IllegalArgumentException malformed) {
            record = null;
        }
        if (record == null) {
            event.rerouteToError(NotFoundException.class, "No " + noun + " " + raw);
        }
        return Optional.ofNullable(record);
    }

    /** The record shown, if one was loaded. */
    public Optional<T> current() {
        return Optional.ofNullable(record);
    }

    /**
     * The record shown.
     *
     * @throws IllegalStateException before a record was loaded
     */
    public T require() {
        if (record == null) {
            throw new IllegalStateException("No " + noun + " loaded");
        }
        return record;
    }

    /** Replaces the record shown (after an edit or a reload). */
    public void show(T fresh) {
        record = fresh;
    }

    /** The browser tab title: the record's name, or the noun while none is loaded, with the app-name suffix. */
    public String pageTitle(Function<T, String> name) {
        String title =
                record == null ? noun.substring(0, 1).toUpperCase(Locale.ROOT) + noun.substring(1) : name.apply(record);
        return title + MainLayout.TITLE_SUFFIX;
    }
}
