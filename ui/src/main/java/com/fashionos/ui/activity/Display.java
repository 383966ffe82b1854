package com.fashionos.ui.activity;

import com.fashionos.crm.brand.Brand;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.ui.security.CurrentUser;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How the views write dates (in the signed-in user's time zone, else the brand's) and amounts (in each amount's own
 * currency). A singleton bean; every method reads the current user, so it is safe in any view.
 */
@Component
public class Display {

    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);

    private final CurrentUser currentUser;
    private final BrandService brands;

    Display(CurrentUser currentUser, BrandService brands) {
        this.currentUser = currentUser;
        this.brands = brands;
    }

    /** The user's time zone, else the brand's, else UTC. */
    public ZoneId zone() {
        var user = currentUser.get();
        String zone = user.flatMap(u -> u.timeZone())
                .or(() -> brands.current().map(Brand::timeZone))
                .orElse("UTC");
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    /** The brand's currency (the default of new deals). */
    public String brandCurrency() {
        return brands.current().map(Brand::currency).orElse("EUR");
    }

    public Locale locale() {
        return LOCALE;
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(zone()));
    }

    public String date(@Nullable Instant instant) {
        return instant == null ? "—" : DATE.format(instant.atZone(zone()));
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** "today 14:05", "yesterday 09:30", or a date and time. */
    public String when(@Nullable Instant instant) {
        if (instant == null) {
            return "—";
        }
        var zone = zone();
        LocalDate day = instant.atZone(zone).toLocalDate();
        LocalDate today = LocalDate.now(zone);
        if (day.equals(today)) {
            return "today " + TIME.format(instant.atZone(zone));
        }
        if (day.equals(today.minusDays(1))) {
            return "yesterday " + TIME.format(instant.atZone(zone));
        }
        return dateTime(instant);
    }

    /** Whole days since {@code instant}. */
    public static long daysSince(Instant instant) {
        return Math.max(0, Duration.between(instant, Instant.now()).toDays());
    }

    /** A local date and time in the user's zone as an instant. */
    public Instant toInstant(LocalDateTime local) {
        return local.atZone(zone()).toInstant();
    }

    /** Now in the user's zone, to the minute. */
    public LocalDateTime now() {
        return LocalDateTime.now(zone()).withSecond(0).withNano(0);
    }

    /** "€48,000" in the amount's own currency, without decimals; "—" for no amount. */
    public static String money(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        try {
            format.setCurrency(Currency.getInstance(currency == null ? "EUR" : currency));
        } catch (IllegalArgumentException e) {
            return amount.toPlainString() + " " + currency;
        }
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format.format(amount);
    }

    /** Sums per currency as "€120,000 · $40,000", or "—" when there are none. */
    public static String moneyByCurrency(Map<String, BigDecimal> sums) {
        if (sums.isEmpty()) {
            return "—";
        }
        return sums.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> money(e.getValue(), e.getKey()))
                .collect(Collectors.joining(" · "));
    }
}
