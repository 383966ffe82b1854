package com.fashionos.ui.activity;

import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.user.AppUser;
import com.fashionos.crm.user.BrandMembership;
import com.fashionos.crm.user.UserAccounts;
import com.fashionos.ui.security.CurrentUser;
import com.fashionos.ui.support.UiFixtures;
import com.fashionos.ui.support.UiIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the ui-views tests: the shared {@link UiIntegrationTest} context (fresh database, embedded Temporal) with
 * the demo Maison Aurelle seeded; each test starts signed in as its owner and may {@link #signIn} as someone else
 * (e.g. {@link #VIEWER}) before navigating.
 */
@UiIntegrationTest
public abstract class SeededViewTest extends SpringBrowserlessTest {

    public static final String OWNER = "maison@fashionos.demo";
    public static final String VIEWER = "viewer@fashionos.demo";

    @Autowired
    protected UserAccounts users;

    @Autowired
    protected UiFixtures fixtures;

    @Autowired
    protected CurrentUser currentUser;

    @BeforeEach
    void signInAsOwner() {
        fixtures.seed();
        signIn(OWNER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Acts as {@code email} from now on (sign in before navigating). */
    protected void signIn(String email) {
        fixtures.signIn(email);
        if (!currentUser.require().currentBrand().id().equals(maisonId())) {
            currentUser.switchBrand(maisonId());
        }
    }

    protected AppUser owner() {
        return users.findByEmail(OWNER).orElseThrow();
    }

    protected UUID maisonId() {
        return users.membershipsOf(owner().id()).stream()
                .filter(m -> m.brandSlug().equals("maison-aurelle"))
                .map(BrandMembership::brandId)
                .findFirst()
                .orElseThrow();
    }

    /** Runs {@code work} as the demo owner in Maison Aurelle (for arranging data outside the UI). */
    protected <T> T asMaison(Supplier<T> work) {
        return TenantContext.callAs(maisonId(), owner().id(), work);
    }

    /** The texts of the notifications open now. */
    protected List<String> notifications() {
        return $(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .map(n -> n.getElement().getProperty("text", "") + " "
                        + n.getElement().getTextRecursively() + " " + text(n))
                .toList();
    }

    private static String text(Notification n) {
        var sb = new StringBuilder();
        n.getChildren()
                .forEach(c -> sb.append(c.getElement().getTextRecursively()).append(' '));
        return sb.toString();
    }
}
