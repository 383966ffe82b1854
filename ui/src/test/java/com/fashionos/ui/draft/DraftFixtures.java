package com.fashionos.ui.draft;

import static org.awaitility.Awaitility.await;

import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactForm;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealForm;
import com.fashionos.crm.deal.DealRow;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.user.AppUser;
import com.fashionos.crm.user.BrandMembership;
import com.fashionos.crm.user.Role;
import com.fashionos.crm.user.UserAccounts;
import com.fashionos.ui.security.CurrentUser;
import com.fashionos.workflows.draft.DraftState;
import com.fashionos.workflows.draft.DraftStatus;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo Maison's people and deals, as draft tests need them. */
@TestComponent
public class DraftFixtures {

    public static final String OWNER = "maison@fashionos.demo";
    public static final String MANAGER = "manager@fashionos.demo";
    public static final String VIEWER = "viewer@fashionos.demo";
    public static final String PASSWORD = "desertnoir25";
    public static final String LUMIERE = "Lumière Skin × Desert Noir";

    private final UserAccounts users;
    private final UserDetailsService details;
    private final DealService deals;
    private final ContactService contacts;
    private final AccountService accounts;
    private final DraftService drafts;
    private final CurrentUser currentUser;

    DraftFixtures(
            UserAccounts users,
            UserDetailsService details,
            DealService deals,
            ContactService contacts,
            AccountService accounts,
            DraftService drafts,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.users = users;
        this.details = details;
        this.deals = deals;
        this.contacts = contacts;
        this.accounts = accounts;
        this.drafts = drafts;
    }

    public UUID maison() {
        return users.membershipsOf(user(OWNER).id()).stream()
                .filter(m -> m.brandSlug().equals("maison-aurelle"))
                .map(BrandMembership::brandId)
                .findFirst()
                .orElseThrow();
    }

    public AppUser user(String email) {
        return users.findByEmail(email).orElseThrow();
    }

    public DraftActor actor(String email, Role role) {
        return new DraftActor(maison(), user(email).id(), role);
    }

    public DraftActor owner() {
        return actor(OWNER, Role.OWNER);
    }

    public <T> T asMaison(Supplier<T> work) {
        return TenantContext.callAs(maison(), user(OWNER).id(), work);
    }

    public DealRow deal(String title) {
        return asMaison(() -> deals.page(DealFilter.all().withText(title), Page.first(20)).stream()
                .filter(d -> d.title().equals(title))
                .findFirst()
                .orElseThrow());
    }

    /**
     * The demo's Lumière deal with a primary contact (the demo seeds it without one, and the Pitch gate needs one): a
     * contact of its account with an email address.
     */
    public UUID lumiereWithPrimaryContact() {
        return asMaison(() -> {
            DealRow row = deal(LUMIERE);
            if (row.primaryContactId() == null) {
                var contact = contacts.page(ContactFilter.all().withAccountId(row.accountId()), Page.first(50)).stream()
                        .filter(c -> c.email() != null)
                        .findFirst()
                        .orElseThrow();
                var deal = deals.get(row.id()).orElseThrow();
                deals.update(deal.id(), formOf(deal).withPrimaryContactId(contact.id()));
            }
            return row.id();
        });
    }

    private static DealForm formOf(com.fashionos.crm.deal.Deal d) {
        return new DealForm(
                d.title(),
                d.accountId(),
                d.primaryContactId(),
                d.ownerId(),
                d.valueForecast(),
                d.actualRoi(),
                d.currency(),
                d.expectedClose(),
                d.contractSignedAt(),
                d.probability(),
                d.campaign(),
                d.notes());
    }

    /** A new LEAD deal of the Maison with a new primary contact who has an email address. */
    public UUID newLeadDeal(String title) {
        return asMaison(() -> {
            UUID accountId = deal(LUMIERE).accountId();
            UUID contactId = contacts.create(
                            ContactForm.named("Test " + title)
                                    .withEmail(
                                            "t" + UUID.randomUUID().toString().substring(0, 8) + "@sponsor.example"),
                            "FR")
                    .id();
            return deals.create(DealForm.of(title, accountId).withPrimaryContactId(contactId))
                    .id();
        });
    }

    /**
     * A new contact of the Maison with only a WhatsApp number and no message from them: the 24-hour window is closed,
     * so only an approved template may be sent.
     */
    public UUID newWhatsappContact(String name) {
        return asMaison(() -> contacts.create(
                        ContactForm.named(name)
                                .withWhatsapp("+3361" + String.format("%07d", (int) (Math.random() * 9_999_999))),
                        "FR")
                .id());
    }

    /** Signs {@code email} in on this thread, acting for the Maison (browserless tests navigate afterwards). */
    public void signIn(String email) {
        UserDetails user = details.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (!currentUser.require().currentBrand().id().equals(maison())) {
            currentUser.switchBrand(maison());
        }
    }

    /** Waits (bounded) until the draft under {@code workflowId} satisfies {@code condition}; returns that state. */
    public DraftState awaitState(String workflowId, Predicate<DraftState> condition) {
        DraftState[] last = new DraftState[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    last[0] = drafts.findState(maison(), workflowId).orElse(null);
                    return last[0] != null && condition.test(last[0]);
                });
        return last[0];
    }

    public DraftState awaitApproval(String workflowId) {
        return awaitState(
                workflowId,
                s -> s.status() == DraftStatus.AWAITING_APPROVAL || s.status().isFinal());
    }
}
