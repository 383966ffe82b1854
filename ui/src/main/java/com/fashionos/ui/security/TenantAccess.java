package com.fashionos.ui.security;

import com.fashionos.crm.tenant.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.util.UUID;
import java.util.concurrent.Future;

/**
 * Server push with the right tenant. Work handed to {@link UI#access} from a background thread runs without a
 * request, so there may be no security context to read the brand from; these helpers capture the signed-in user's
 * brand when the work is <em>prepared</em> (on a request thread) and bind it with {@link TenantContext} when it runs.
 */
public final class TenantAccess {

    private TenantAccess() {}

    /**
     * {@code command}, bound to the current user's brand; call on a request thread (in a view, a listener).
     *
     * @throws IllegalStateException if nobody is signed in
     */
    public static Command bind(Command command) {
        FashionUser user = SessionTenant.currentUser()
                .orElseThrow(() -> new IllegalStateException("No signed-in user to bind background work to"));
        UUID brandId = user.currentBrand().id();
        UUID userId = user.userId();
        return () -> TenantContext.callAs(brandId, userId, () -> {
            command.execute();
            return null;
        });
    }

    /** Prepares {@code command} for the current user's brand now and runs it later through {@code ui.access}. */
    public static Command forUi(UI ui, Command command) {
        Command bound = bind(command);
        return () -> ui.access(bound);
    }

    /** Runs {@code command} in {@code ui} with the brand of {@code brandId} (when it is already known). */
    public static Future<Void> access(UI ui, UUID brandId, UUID userId, Command command) {
        return ui.access(() -> TenantContext.callAs(brandId, userId, () -> {
            command.execute();
            return null;
        }));
    }
}
