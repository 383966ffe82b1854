package com.fashionos.crm.testsupport;

import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.user.AppUser;
import com.fashionos.crm.user.BrandMembership;
import com.fashionos.crm.user.UserAccounts;
import com.fashionos.crmtestapp.CrmTestApplication;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the CRM feature tests: one Spring context per test run on a fresh database that the demo seeder filled
 * (Maison Aurelle and Atelier Nord), with helpers to act as the demo users of either brand.
 */
@SpringBootTest(classes = CrmTestApplication.class, properties = "fashionos.demo.enabled=true")
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
public abstract class SeededCrmTest {

    @Autowired
    protected UserAccounts users;

    protected AppUser owner() {
        return users.findByEmail("maison@fashionos.demo").orElseThrow();
    }

    protected AppUser nordOwner() {
        return users.findByEmail("nord@fashionos.demo").orElseThrow();
    }

    protected UUID maisonId() {
        return brand(owner(), "maison-aurelle");
    }

    protected UUID nordId() {
        return brand(nordOwner(), "atelier-nord");
    }

    /** Runs {@code work} as the demo owner in Maison Aurelle. */
    protected <T> T asMaison(Supplier<T> work) {
        return TenantContext.callAs(maisonId(), owner().id(), work);
    }

    /** Runs {@code work} as Atelier Nord's owner in Atelier Nord. */
    protected <T> T asNord(Supplier<T> work) {
        return TenantContext.callAs(nordId(), nordOwner().id(), work);
    }

    private UUID brand(AppUser user, String slug) {
        return users.membershipsOf(user.id()).stream()
                .filter(m -> m.brandSlug().equals(slug))
                .map(BrandMembership::brandId)
                .findFirst()
                .orElseThrow();
    }
}
