package com.fashionos.ui.support;

import com.fashionos.crm.brand.Brand;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.contact.ContactForm;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.user.AppUser;
import com.fashionos.crm.user.Role;
import com.fashionos.crm.user.UserAccounts;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two brands of our own beside whatever the demo seeds: "Maison Test" with five contacts and an owner (who also
 * belongs to "Nord Test"), an agent and a viewer; "Nord Test" with one contact. Seeded once per context.
 */
@TestComponent
public class UiFixtures {

    public static final String PASSWORD = "correct-horse-7";
    public static final String OWNER = "owner@maison.test";
    public static final String AGENT = "agent@maison.test";
    public static final String VIEWER = "viewer@maison.test";
    public static final String MAISON = "Maison Test";
    public static final String NORD = "Nord Test";
    public static final String NORD_CONTACT = "Nils Bergström";

    private final UserAccounts accounts;
    private final BrandService brands;
    private final ContactService contacts;
    private final UserDetailsService users;
    private boolean seeded;

    UiFixtures(UserAccounts accounts, BrandService brands, ContactService contacts, UserDetailsService users) {
        this.accounts = accounts;
        this.brands = brands;
        this.contacts = contacts;
        this.users = users;
    }

    /** Seeds the fixtures the first time it is called in a context. */
    public synchronized UiFixtures seed() {
        if (seeded) {
            return this;
        }
        AppUser owner = accounts.createUser(OWNER, "Margaux Delacroix", PASSWORD);
        AppUser agent = accounts.createUser(AGENT, "Aurélien Petit", PASSWORD);
        AppUser viewer = accounts.createUser(VIEWER, "Violette Marchand", PASSWORD);
        Brand maison = brands.create("maison-test", MAISON, "Desert Noir SS25", owner.id());
        Brand nord = brands.create("nord-test", NORD, null, null);
        TenantContext.runAs(maison.id(), () -> {
            accounts.addMembership(maison.id(), agent.id(), Role.AGENT);
            accounts.addMembership(maison.id(), viewer.id(), Role.VIEWER);
            contact("Amélie Laurent", "Fashion editor", "amelie.laurent@vogue.example");
            contact("Bruno Castell", "Head buyer", "bruno@galeries.example");
            contact("Chiara Ferri", "Stylist", "chiara@ferri.example");
            contact("Dominique Roux", "Sponsor manager", "d.roux@lumiere-beaute.example");
            contact("Élodie Vance", "Vendor relations", "elodie@atelier-vance.example");
        });
        TenantContext.runAs(nord.id(), () -> {
            accounts.addMembership(nord.id(), owner.id(), Role.AGENT);
            contact(NORD_CONTACT, "Editor", "nils@nord.example");
        });
        seeded = true;
        return this;
    }

    /** Creates a user of Maison Test with {@code role}, for tests that change the user (lockout). */
    public AppUser createMaisonUser(String email, Role role) {
        AppUser user = accounts.createUser(email, "Test User", PASSWORD);
        UUID maison = accounts
                .membershipsOf(accounts.findByEmail(OWNER).orElseThrow().id())
                .stream()
                .filter(m -> m.brandName().equals(MAISON))
                .findFirst()
                .orElseThrow()
                .brandId();
        TenantContext.runAs(maison, () -> accounts.addMembership(maison, user.id(), role));
        return user;
    }

    /** Signs {@code email} in for browserless tests (navigate afterwards). */
    public void signIn(String email) {
        UserDetails user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private void contact(String name, String role, String email) {
        contacts.create(ContactForm.named(name).withRole(role).withEmail(email), "FR");
    }
}
