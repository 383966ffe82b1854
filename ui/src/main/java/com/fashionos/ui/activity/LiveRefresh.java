package com.fashionos.ui.activity;

import com.fashionos.ui.security.CurrentUser;
import com.fashionos.ui.security.TenantAccess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;

/**
 * Server push for the sidebar's live panels: while a component is attached it listens to the
 * {@link ActivityBroadcaster} of the signed-in user's brand and re-reads itself through {@code ui.access}, with the
 * brand bound by {@link TenantAccess} (push runs without a request). Detaching stops listening.
 */
public final class LiveRefresh {

    private LiveRefresh() {}

    /** Runs {@code refresh} in the component's UI whenever the brand's timeline changes, while it is attached. */
    public static void whileAttached(
            Component component, ActivityBroadcaster broadcaster, CurrentUser currentUser, Command refresh) {
        component.addAttachListener(attach -> {
            var user = currentUser.get();
            if (user.isEmpty()) {
                return;
            }
            UI ui = attach.getUI();
            Command bound = TenantAccess.bind(refresh);
            Registration listening =
                    broadcaster.register(user.get().currentBrand().id(), brand -> ui.access(bound));
            component.addDetachListener(detach -> {
                listening.remove();
                detach.unregisterListener();
            });
        });
    }
}
