package com.fashionos.crm.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.testsupport.FreshDatabaseInitializer;
import com.fashionos.crm.testsupport.TestDatabase;
import com.fashionos.crm.user.Role;
import com.fashionos.crm.user.UserAccounts;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = BrandServiceTest.App.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrandServiceTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    @Autowired
    UserAccounts users;

    @Autowired
    BrandService brands;

    @Value("${fashionos.db.url}")
    String dbUrl;

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @Order(1)
    void a_fresh_installation_has_no_brand_and_knows_once_one_exists_with_no_brand_current() {
        assertThat(brands.anyBrandExists()).isFalse();
        brands.create(slug("first"), "First", null);
        assertThat(brands.anyBrandExists()).isTrue();
    }

    @Test
    void created_brand_has_default_settings_and_is_current_only_when_bound() {
        Brand brand = brands.create(slug("maison"), " Maison Zephyr ", "Desert Noir");

        assertThat(brand.name()).isEqualTo("Maison Zephyr");
        assertThat(brand.campaign()).isEqualTo("Desert Noir");
        assertThat(brand.timeZone()).isEqualTo("Europe/Paris");
        assertThat(brand.currency()).isEqualTo("EUR");
        assertThat(brand.settings()).isEqualTo(BrandSettings.defaults());
        assertThat(brand.settings().requiredFieldsFor("CONTRACT")).containsExactly("valueForecast", "expectedClose");
        assertThat(brand.settings().requiredFieldsFor("LEAD")).isEmpty();

        assertThat(brands.current()).isEmpty();
        assertThat(TenantContext.callAs(brand.id(), brands::current)).contains(brand);
    }

    @Test
    void settings_round_trip_including_no_automatic_draft() {
        Brand brand = brands.create(slug("settings"), "Settings", null);
        BrandSettings changed = brand.settings()
                .withDraftTriggerStage(null)
                .withDraftExpiryDays(3)
                .withStageGates(Map.of("ROI", List.of("contractSignedAt", "actualRoi")));

        Brand updated = TenantContext.callAs(brand.id(), () -> brands.updateSettings(changed));

        assertThat(updated.settings()).isEqualTo(changed);
        assertThat(TenantContext.callAs(brand.id(), brands::current)
                        .orElseThrow()
                        .settings())
                .isEqualTo(changed);
        assertThat(changed.draftTriggerStage()).isNull();
        assertThatThrownBy(() -> brands.updateSettings(changed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void missing_settings_keys_read_as_defaults() {
        assertThat(BrandSettingsJson.read("{}")).isEqualTo(BrandSettings.defaults());
        assertThat(BrandSettingsJson.read("{\"draftExpiryDays\": 14}").draftExpiryDays())
                .isEqualTo(14);
        assertThat(BrandSettingsJson.read("{\"draftTriggerStage\": null}").draftTriggerStage())
                .isNull();
    }

    @Test
    void invalid_settings_are_rejected() {
        assertThatThrownBy(() -> BrandSettings.defaults().withDraftExpiryDays(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrandSettings.defaults().withDraftTriggerStage("LUNCH"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrandSettings.defaults().withStageGates(Map.of("WON", List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bad_or_duplicate_slugs_and_blank_names_are_rejected() {
        String taken = slug("taken");
        brands.create(taken, "Taken", null);
        assertThatThrownBy(() -> brands.create(taken, "Again", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> brands.create("Bad Slug", "Bad", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slug");
        assertThatThrownBy(() -> brands.create(slug("blank"), "  ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void api_token_resolves_to_its_brand_and_role_until_revoked() {
        Brand brand = brands.create(slug("api"), "Api", null);
        String raw = TenantContext.callAs(brand.id(), () -> brands.createApiToken("Shopify sync", Role.AGENT));

        assertThat(raw).startsWith(BrandService.TOKEN_PREFIX);
        assertThat(brands.resolveApiToken(raw)).contains(new ApiPrincipal(brand.id(), Role.AGENT, null));
        assertThat(brands.resolveApiToken(raw + "x")).isEmpty();
        assertThat(brands.resolveApiToken("garbage")).isEmpty();

        List<ApiToken> tokens = TenantContext.callAs(brand.id(), brands::apiTokens);
        assertThat(tokens).singleElement().satisfies(token -> {
            assertThat(token.name()).isEqualTo("Shopify sync");
            assertThat(token.lastUsedAt()).isNotNull();
            assertThat(token.active()).isTrue();
        });
        assertThat(brands.apiTokens()).isEmpty();

        Brand other = brands.create(slug("other"), "Other", null);
        assertThat(TenantContext.callAs(
                        other.id(),
                        () -> brands.revokeApiToken(tokens.getFirst().id())))
                .isFalse();
        assertThat(brands.resolveApiToken(raw)).isPresent();

        assertThat(TenantContext.callAs(
                        brand.id(),
                        () -> brands.revokeApiToken(tokens.getFirst().id())))
                .isTrue();
        assertThat(brands.resolveApiToken(raw)).isEmpty();
    }

    @Test
    void tokens_store_only_a_hash_never_have_owner_role_and_need_a_current_brand() {
        Brand brand = brands.create(slug("hash"), "Hash", null);
        assertThatThrownBy(() -> TenantContext.callAs(brand.id(), () -> brands.createApiToken("root", Role.OWNER)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> brands.createApiToken("no brand", Role.VIEWER))
                .isInstanceOf(IllegalStateException.class);
        assertThat(BrandService.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void an_api_token_resolves_to_the_user_who_created_it() {
        UUID ownerId = users.createUser("token-" + UUID.randomUUID() + "@example.com", "Token Owner", "long-enough-1")
                .id();
        Brand brand = brands.create(slug("tok"), "Tok", null, ownerId);
        String raw = TenantContext.callAs(brand.id(), ownerId, () -> brands.createApiToken("ERP", Role.MANAGER));

        assertThat(brands.resolveApiToken(raw)).contains(new ApiPrincipal(brand.id(), Role.MANAGER, ownerId));
        assertThat(brands.allBrandIds()).contains(brand.id());
    }

    @Test
    void using_a_token_writes_its_row_at_most_once_a_minute() throws Exception {
        Brand brand = brands.create(slug("busy"), "Busy", null);
        String raw = TenantContext.callAs(brand.id(), () -> brands.createApiToken("Busy client", Role.AGENT));
        assertThat(tokenRow(raw).lastUsedAt()).isNull();

        assertThat(brands.resolveApiToken(raw)).isPresent();
        TokenRow firstUse = tokenRow(raw);
        assertThat(firstUse.lastUsedAt()).isNotNull();
        for (int i = 0; i < 5; i++) {
            assertThat(brands.resolveApiToken(raw)).contains(new ApiPrincipal(brand.id(), Role.AGENT, null));
        }
        assertThat(tokenRow(raw))
                .as("no write within the minute (same row version)")
                .isEqualTo(firstUse);

        adminUpdate(
                "update api_tokens set last_used_at = last_used_at - interval '61 seconds' where token_hash = ?",
                BrandService.sha256Hex(raw));
        TokenRow aged = tokenRow(raw);
        assertThat(brands.resolveApiToken(raw)).isPresent();
        TokenRow recorded = tokenRow(raw);
        assertThat(recorded.xmin()).isNotEqualTo(aged.xmin());
        assertThat(recorded.lastUsedAt()).isAfter(aged.lastUsedAt());
        assertThat(BrandService.API_TOKEN_USE_RESOLUTION).hasMinutes(1);
    }

    /** A token's row as the schema owner sees it: when it was last used, and its row version. */
    private record TokenRow(OffsetDateTime lastUsedAt, String xmin) {}

    private TokenRow tokenRow(String raw) throws SQLException {
        try (var con = DriverManager.getConnection(dbUrl, TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD);
                var st = con.prepareStatement("select last_used_at, xmin::text from api_tokens where token_hash = ?")) {
            st.setString(1, BrandService.sha256Hex(raw));
            try (var rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return new TokenRow(rs.getObject(1, OffsetDateTime.class), rs.getString(2));
            }
        }
    }

    private void adminUpdate(String sql, String param) throws SQLException {
        try (var con = DriverManager.getConnection(dbUrl, TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD);
                var st = con.prepareStatement(sql)) {
            st.setString(1, param);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }
}
