package com.fashionos.crm.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.testsupport.FreshDatabaseInitializer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = UserAccountsTest.App.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class UserAccountsTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
        }
    }

    @Autowired
    UserAccounts users;

    @Autowired
    BrandService brands;

    @Autowired
    MutableClock clock;

    @Autowired
    Clock injectedClock;

    @Autowired
    PasswordEncoder passwordEncoder;

    private static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@maison.test";
    }

    @Test
    void the_application_clock_replaces_the_default_clock() {
        assertThat(injectedClock).isSameAs(clock);
    }

    @Test
    void created_user_is_found_by_email_ignoring_case_and_has_a_bcrypt_hash() {
        String email = uniqueEmail("Ines");
        AppUser created = users.createUser("  " + email.toUpperCase() + " ", " Inès Laurent ", "correct horse");

        assertThat(created.email()).isEqualTo(email.toLowerCase());
        assertThat(created.displayName()).isEqualTo("Inès Laurent");
        assertThat(created.enabled()).isTrue();
        assertThat(created.passwordHash()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("correct horse", created.passwordHash()))
                .isTrue();
        assertThat(users.findByEmail(email.toUpperCase())).contains(created);
        assertThat(users.findById(created.id())).contains(created);
        assertThat(users.findByEmail("nobody@maison.test")).isEmpty();
    }

    @Test
    void create_user_rejects_bad_email_short_password_and_duplicates() {
        String email = uniqueEmail("dup");
        assertThatThrownBy(() -> users.createUser("not-an-email", "X", "long enough"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email");
        assertThatThrownBy(() -> users.createUser(email, "X", "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 8");
        assertThatThrownBy(() -> users.createUser(email, " ", "long enough"))
                .isInstanceOf(IllegalArgumentException.class);
        users.createUser(email, "First", "long enough");
        assertThatThrownBy(() -> users.createUser(email.toUpperCase(), "Second", "long enough"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void five_failures_lock_for_one_minute_doubling_up_to_fifteen_and_success_resets() {
        String email = uniqueEmail("lock");
        AppUser user = users.createUser(email, "Lock", "long enough");

        for (int i = 0; i < 4; i++) {
            users.recordFailedLogin(email);
        }
        assertThat(users.lockedUntil(email)).isEmpty();

        users.recordFailedLogin(email);
        Instant fifth = clock.instant();
        assertThat(users.lockedUntil(email)).contains(fifth.plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(61));
        assertThat(users.lockedUntil(email)).isEmpty();

        users.recordFailedLogin(email); // 6th: 2 minutes
        assertThat(users.lockedUntil(email)).contains(clock.instant().plus(Duration.ofMinutes(2)));
        users.recordFailedLogin(email); // 7th: 4
        users.recordFailedLogin(email); // 8th: 8
        assertThat(users.lockedUntil(email)).contains(clock.instant().plus(Duration.ofMinutes(8)));
        users.recordFailedLogin(email); // 9th: 16 -> capped at 15
        assertThat(users.lockedUntil(email)).contains(clock.instant().plus(Duration.ofMinutes(15)));
        users.recordFailedLogin(email);
        assertThat(users.lockedUntil(email)).contains(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(users.findByEmail(email).orElseThrow().failedAttempts()).isEqualTo(10);

        users.recordSuccessfulLogin(user.id());
        AppUser after = users.findById(user.id()).orElseThrow();
        assertThat(users.lockedUntil(email)).isEmpty();
        assertThat(after.failedAttempts()).isZero();
        assertThat(after.lockedUntil()).isNull();
        assertThat(after.lastLoginAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));

        users.recordFailedLogin(email);
        assertThat(users.lockedUntil(email)).isEmpty();
    }

    @Test
    void a_successful_sign_in_writes_the_row_only_when_something_changes() {
        String email = uniqueEmail("frequent");
        AppUser user = users.createUser(email, "Frequent Flyer", "correct horse battery");
        users.recordSuccessfulLogin(user.id());
        Instant first = clock.instant().truncatedTo(ChronoUnit.MICROS);
        assertThat(users.findById(user.id()).orElseThrow().lastLoginAt()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(30)); // within the resolution: no write
        users.recordSuccessfulLogin(user.id());
        assertThat(users.findById(user.id()).orElseThrow().lastLoginAt()).isEqualTo(first);

        users.recordFailedLogin(email); // a failure to reset: written even within the resolution
        users.recordSuccessfulLogin(user.id());
        AppUser reset = users.findById(user.id()).orElseThrow();
        assertThat(reset.failedAttempts()).isZero();
        assertThat(reset.lastLoginAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));

        clock.advance(UserAccounts.LAST_LOGIN_RESOLUTION.plusSeconds(1)); // past the resolution: written
        users.recordSuccessfulLogin(user.id());
        assertThat(users.findById(user.id()).orElseThrow().lastLoginAt())
                .isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void failed_login_for_unknown_email_is_ignored() {
        users.recordFailedLogin("ghost@maison.test");
        assertThat(users.lockedUntil("ghost@maison.test")).isEmpty();
    }

    @Test
    void lock_durations_follow_the_schedule() {
        assertThat(UserAccounts.lockDuration(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(UserAccounts.lockDuration(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(UserAccounts.lockDuration(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(UserAccounts.lockDuration(9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(UserAccounts.lockDuration(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void memberships_list_only_the_users_own_brands_by_name() {
        AppUser ines = users.createUser(uniqueEmail("ines"), "Inès", "long enough");
        AppUser marc = users.createUser(uniqueEmail("marc"), "Marc", "long enough");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        var zephyr = brands.create("zephyr-" + suffix, "Zephyr " + suffix, null, ines.id());
        var atelier = brands.create("atelier-" + suffix, "Atelier " + suffix, "Desert Noir");
        var other = brands.create("other-" + suffix, "Other " + suffix, null, marc.id());
        TenantContext.runAs(atelier.id(), () -> users.addMembership(atelier.id(), ines.id(), Role.AGENT));

        assertThat(users.membershipsOf(ines.id()))
                .containsExactly(
                        new BrandMembership(atelier.id(), atelier.slug(), atelier.name(), Role.AGENT),
                        new BrandMembership(zephyr.id(), zephyr.slug(), zephyr.name(), Role.OWNER));
        assertThat(users.membershipsOf(marc.id()))
                .extracting(BrandMembership::brandId)
                .containsExactly(other.id());
        assertThat(users.roleIn(ines.id(), zephyr.id())).contains(Role.OWNER);
        assertThat(users.roleIn(ines.id(), other.id())).isEmpty();

        TenantContext.runAs(atelier.id(), () -> users.addMembership(atelier.id(), ines.id(), Role.MANAGER));
        assertThat(users.roleIn(ines.id(), atelier.id())).contains(Role.MANAGER);
    }

    @Test
    void membership_of_a_brand_that_is_not_current_is_refused() {
        AppUser ines = users.createUser(uniqueEmail("ines"), "Inès", "long enough");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        var a = brands.create("a-" + suffix, "A " + suffix, null);
        var b = brands.create("b-" + suffix, "B " + suffix, null);

        assertThatThrownBy(() -> users.addMembership(a.id(), ines.id(), Role.AGENT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TenantContext.runAs(b.id(), () -> users.addMembership(a.id(), ines.id(), Role.AGENT)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(users.membershipsOf(ines.id())).isEmpty();
    }

    @Test
    void roles_are_ordered() {
        assertThat(Role.OWNER.atLeast(Role.MANAGER)).isTrue();
        assertThat(Role.AGENT.atLeast(Role.AGENT)).isTrue();
        assertThat(Role.VIEWER.atLeast(Role.AGENT)).isFalse();
    }
}
