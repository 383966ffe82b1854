package com.fashionos.crm.user;

import com.fashionos.crm.tenant.TenantContext;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * User accounts and their brand memberships: look-up for sign-in, sign-up with a hashed password, the brand
 * switcher's list, and sign-in throttling.
 *
 * <p>Throttling: after {@value #FREE_FAILURES} consecutive failed sign-ins an account is locked for one minute,
 * doubling with each further failure up to fifteen minutes; a successful sign-in resets it. Time comes from the
 * {@link Clock} bean.
 */
@Service
public class UserAccounts {

    /** Failed sign-ins allowed before the account is locked. */
    public static final int FREE_FAILURES = 5;

    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MAX_PASSWORD_BYTES = 72; // bcrypt's limit
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String COLUMNS = "id, email, display_name, password_hash, enabled, time_zone, failed_attempts,"
            + " locked_until, last_login_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate freshTransaction;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    public UserAccounts(
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.freshTransaction = new TransactionTemplate(transactionManager);
        this.freshTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The user with this email, ignoring case and surrounding blanks. */
    @Transactional(readOnly = true)
    public Optional<AppUser> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from app_users where email = ?")
                .param(normalizeEmail(email))
                .query(UserAccounts::user)
                .optional();
    }

    /** The user with this id. */
    @Transactional(readOnly = true)
    public Optional<AppUser> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from app_users where id = ?")
                .param(id)
                .query(UserAccounts::user)
                .optional();
    }

    /**
     * The brands {@code userId} belongs to, by brand name. Runs as that user with no brand current, whatever the
     * caller's tenant: the row-level-security policies show a user their own memberships and those brands only.
     */
    public List<BrandMembership> membershipsOf(UUID userId) {
        return TenantContext.callAsUser(
                userId,
                () -> inFreshTransaction(() -> jdbc.sql("""
                        select b.id, b.slug, b.name, m.role
                        from memberships m join brands b on b.id = m.brand_id
                        where m.user_id = ?
                        order by b.name, b.slug""")
                        .param(userId)
                        .query((rs, row) -> new BrandMembership(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getString(3),
                                Role.valueOf(rs.getString(4))))
                        .list()));
    }

    /** The role of {@code userId} in {@code brandId}, if a member. */
    public Optional<Role> roleIn(UUID userId, UUID brandId) {
        return TenantContext.callAs(
                brandId,
                userId,
                () -> inFreshTransaction(
                        () -> jdbc.sql("select role from memberships where brand_id = ? and user_id = ?")
                                .params(brandId, userId)
                                .query((rs, row) -> Role.valueOf(rs.getString(1)))
                                .optional()));
    }

    /**
     * Creates an enabled user with a hashed password.
     *
     * @throws IllegalArgumentException if the email is malformed or taken, the display name is blank, or the
     *     password is shorter than 8 characters (or longer than 72 bytes)
     */
    @Transactional
    public AppUser createUser(String email, String displayName, String rawPassword) {
        String normalized = normalizeEmail(email);
        if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
            throw new IllegalArgumentException("Not a valid email address: '" + email + "'");
        }
        String name = displayName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A display name is required");
        }
        if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "The password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("The password must not be longer than " + MAX_PASSWORD_BYTES + " bytes");
        }
        String hash = Objects.requireNonNull(passwordEncoder.encode(rawPassword));
        try {
            return jdbc.sql("insert into app_users (email, display_name, password_hash) values (?, ?, ?) returning "
                            + COLUMNS)
                    .params(normalized, name, hash)
                    .query(UserAccounts::user)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("A user with email " + normalized + " already exists", e);
        }
    }

    /**
     * Makes {@code userId} a member of {@code brandId} with {@code role} (or changes the role of an existing member).
     * Must run with that brand current ({@code TenantContext.callAs(brandId, ...)} or the signed-in user's brand).
     *
     * @throws IllegalStateException if {@code brandId} is not the current brand
     */
    @Transactional
    public void addMembership(UUID brandId, UUID userId, Role role) {
        UUID current =
                jdbc.sql("select app_brand_id()").query(UUID.class).optional().orElse(null);
        if (!brandId.equals(current)) {
            throw new IllegalStateException("Memberships of brand " + brandId + " can only be added with that brand "
                    + "current (TenantContext.callAs); current brand: " + current);
        }
        jdbc.sql("""
                        insert into memberships (brand_id, user_id, role) values (?, ?, ?)
                        on conflict (brand_id, user_id) do update set role = excluded.role""").params(brandId, userId, role.name()).update();
    }

    /**
     * Counts a failed sign-in for {@code email}; the fifth consecutive one locks the account (see class comment).
     * Unknown emails are ignored.
     */
    @Transactional
    public void recordFailedLogin(String email) {
        Optional<Integer> failures = jdbc.sql(
                        "update app_users set failed_attempts = failed_attempts + 1 where email = ? returning failed_attempts")
                .param(normalizeEmail(email))
                .query(Integer.class)
                .optional();
        failures.filter(n -> n >= FREE_FAILURES)
                .ifPresent(n -> jdbc.sql("update app_users set locked_until = ? where email = ?")
                        .params(timestamp(clock.instant().plus(lockDuration(n))), normalizeEmail(email))
                        .update());
    }

    /** How long the account is locked after {@code failures} consecutive failures (at least {@value #FREE_FAILURES}). */
    static Duration lockDuration(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    /**
     * Resets throttling after a successful sign-in and records its time. The row is written only when there is
     * something to reset or the last recorded sign-in is older than {@link #LAST_LOGIN_RESOLUTION}: a team signing in
     * at once with one shared login would otherwise queue on this one row's lock, each holding a pooled connection.
     */
    @Transactional
    public void recordSuccessfulLogin(UUID userId) {
        Instant now = clock.instant();
        jdbc.sql("""
                        update app_users set failed_attempts = 0, locked_until = null, last_login_at = ?
                         where id = ?
                           and (failed_attempts <> 0 or locked_until is not null
                                or last_login_at is null or last_login_at < ?)""")
                .params(timestamp(now), userId, timestamp(now.minus(LAST_LOGIN_RESOLUTION)))
                .update();
    }

    /** How precisely {@code last_login_at} follows sign-ins (see {@link #recordSuccessfulLogin}). */
    public static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(1);

    /** Until when sign-in for {@code email} is refused, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String email) {
        Instant now = clock.instant();
        return findByEmail(email).map(AppUser::lockedUntil).filter(until -> until.isAfter(now));
    }

    private <T> T inFreshTransaction(java.util.function.Supplier<T> work) {
        return Objects.requireNonNull(freshTransaction.execute(status -> work.get()));
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static AppUser user(ResultSet rs, int row) throws SQLException {
        return new AppUser(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getString("time_zone"),
                rs.getInt("failed_attempts"),
                instant(rs, "locked_until"),
                instant(rs, "last_login_at"));
    }
}
