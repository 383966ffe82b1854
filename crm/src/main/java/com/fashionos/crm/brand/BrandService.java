package com.fashionos.crm.brand;

import com.fashionos.crm.audit.AuditLog;
import com.fashionos.crm.common.CurrentActor;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.user.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brands (tenants): creating one, reading and changing the current brand's settings, and the API tokens that let an
 * external system act for the current brand. Everything except {@link #create}, {@link #anyBrandExists()} and
 * {@link #resolveApiToken(String)} works on the current brand (bound with {@code TenantContext} or the signed-in
 * user's), as row-level security allows nothing else.
 */
@Service
public class BrandService {

    /** Prefix of every raw API token, so that leaked tokens are recognisable. */
    public static final String TOKEN_PREFIX = "fos_";

    /** How precisely {@link ApiToken#lastUsedAt()} follows the token's use (see {@link #resolveApiToken}). */
    public static final Duration API_TOKEN_USE_RESOLUTION = Duration.ofMinutes(1);

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final String COLUMNS = "id, slug, name, campaign, time_zone, currency, settings::text as settings";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate freshTransaction;
    private final AuditLog audit;
    private final CurrentActor actor;

    public BrandService(
            DataSource dataSource, PlatformTransactionManager transactionManager, AuditLog audit, CurrentActor actor) {
        this.jdbc = JdbcClient.create(dataSource);
        this.audit = audit;
        this.actor = actor;
        this.freshTransaction = new TransactionTemplate(transactionManager);
        this.freshTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Creates a brand with default settings, in a transaction of its own with the new brand current (whatever brand
     * the caller has).
     *
     * @throws IllegalArgumentException if the slug is malformed or taken, or the name is blank
     */
    public Brand create(String slug, String name, @Nullable String campaign) {
        return create(slug, name, campaign, null);
    }

    /**
     * Creates a brand with default settings and makes {@code ownerId} its {@link Role#OWNER}, atomically, in a
     * transaction of its own.
     *
     * @throws IllegalArgumentException if the slug is malformed or taken, or the name is blank
     */
    public Brand create(String slug, String name, @Nullable String campaign, @Nullable UUID ownerId) {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("Brand slug '" + slug
                    + "' must be 2 to 63 lower-case letters, digits or dashes, starting with a letter or digit");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("A brand name is required");
        }
        String trimmedCampaign = campaign == null || campaign.isBlank() ? null : campaign.strip();
        UUID id = UUID.randomUUID();
        try {
            return TenantContext.callAs(
                    id,
                    () -> inFreshTransaction(() -> {
                        Brand brand = jdbc.sql("insert into brands (id, slug, name, campaign, settings)"
                                        + " values (?, ?, ?, ?, cast(? as jsonb)) returning " + COLUMNS)
                                .params(
                                        id,
                                        slug,
                                        name.strip(),
                                        trimmedCampaign,
                                        BrandSettingsJson.write(BrandSettings.defaults()))
                                .query(BrandService::brand)
                                .single();
                        if (ownerId != null) {
                            jdbc.sql("insert into memberships (brand_id, user_id, role) values (?, ?, 'OWNER')")
                                    .params(id, ownerId)
                                    .update();
                        }
                        return brand;
                    }));
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("A brand with slug '" + slug + "' already exists", e);
        }
    }

    /** The current brand, if one is current. */
    @Transactional(readOnly = true)
    public Optional<Brand> current() {
        return jdbc.sql("select " + COLUMNS + " from brands where id = app_brand_id()")
                .query(BrandService::brand)
                .optional();
    }

    /**
     * Replaces the current brand's settings.
     *
     * @throws IllegalStateException if no brand is current
     */
    @Transactional
    public Brand updateSettings(BrandSettings settings) {
        Brand updated = jdbc.sql(
                        "update brands set settings = cast(? as jsonb) where id = app_brand_id() returning " + COLUMNS)
                .param(BrandSettingsJson.write(settings))
                .query(BrandService::brand)
                .optional()
                .orElseThrow(() -> new IllegalStateException("No current brand to update settings of"));
        audit.record(
                actor.id(),
                "UPDATE_SETTINGS",
                "brand",
                updated.id(),
                java.util.Map.of(
                        "draftTriggerStage",
                        settings.draftTriggerStage() == null ? "none" : settings.draftTriggerStage(),
                        "draftExpiryDays",
                        settings.draftExpiryDays(),
                        "stageGates",
                        settings.stageGates()));
        return updated;
    }

    /** Whether any brand exists in this installation (first-run setup); works with no brand current. */
    @Transactional(readOnly = true)
    public boolean anyBrandExists() {
        return jdbc.sql("select brand_count() > 0").query(Boolean.class).single();
    }

    /**
     * Creates an API token for the current brand and returns the raw token: shown once, only its SHA-256 is stored.
     *
     * @param role what the token may do; never {@link Role#OWNER}
     * @throws IllegalStateException if no brand is current
     */
    @Transactional
    public String createApiToken(String name, Role role) {
        if (role == Role.OWNER) {
            throw new IllegalArgumentException("API tokens cannot have the OWNER role");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("An API token needs a name");
        }
        requireCurrentBrand();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String raw = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        insert into api_tokens (brand_id, name, token_hash, role, created_by)
                        values (app_brand_id(), ?, ?, ?,
                                (select u.id from app_users u where u.id = app_user_id()))""").params(name.strip(), sha256Hex(raw), role.name()).update();
        return raw;
    }

    /** The current brand's API tokens, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<ApiToken> apiTokens() {
        return jdbc.sql("select id, name, role, created_at, last_used_at, revoked_at from api_tokens"
                        + " where brand_id = app_brand_id() order by created_at desc, name")
                .query((rs, row) -> new ApiToken(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        Role.valueOf(rs.getString("role")),
                        Objects.requireNonNull(instant(rs, "created_at")),
                        instant(rs, "last_used_at"),
                        instant(rs, "revoked_at")))
                .list();
    }

    /** Revokes an API token of the current brand; returns whether an active token was revoked. */
    @Transactional
    public boolean revokeApiToken(UUID tokenId) {
        return jdbc.sql("update api_tokens set revoked_at = now() where id = ? and revoked_at is null")
                        .param(tokenId)
                        .update()
                > 0;
    }

    /**
     * The brand and role of a presented raw API token, if it is known and not revoked. Works with no brand current:
     * this is how an API call finds its brand. Records the use in {@code last_used_at} at most once per
     * {@link #API_TOKEN_USE_RESOLUTION} (V090): within it the call only reads, so concurrent calls with one token do
     * not queue on the token's row.
     */
    @Transactional
    public Optional<ApiPrincipal> resolveApiToken(String raw) {
        if (!raw.startsWith(TOKEN_PREFIX) || raw.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select brand_id, role, created_by from resolve_api_token(?)")
                .param(sha256Hex(raw))
                .query((rs, row) -> new ApiPrincipal(
                        rs.getObject(1, UUID.class), Role.valueOf(rs.getString(2)), rs.getObject(3, UUID.class)))
                .optional();
    }

    /**
     * The ids of every brand of this installation, answerable with no brand current: for start-up work that visits
     * each brand in turn (with that brand bound).
     */
    @Transactional(readOnly = true)
    public List<UUID> allBrandIds() {
        return jdbc.sql("select brand_ids()").query(UUID.class).list();
    }

    private void requireCurrentBrand() {
        if (jdbc.sql("select app_brand_id()").query(UUID.class).optional().isEmpty()) {
            throw new IllegalStateException("No current brand (bind one with TenantContext.callAs)");
        }
    }

    private <T> T inFreshTransaction(java.util.function.Supplier<T> work) {
        return Objects.requireNonNull(freshTransaction.execute(status -> work.get()));
    }

    static String sha256Hex(String raw) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Brand brand(ResultSet rs, int row) throws SQLException {
        return new Brand(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("campaign"),
                rs.getString("time_zone"),
                rs.getString("currency"),
                BrandSettingsJson.read(rs.getString("settings")));
    }
}
