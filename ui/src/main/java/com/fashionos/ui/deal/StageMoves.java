package com.fashionos.ui.deal;

import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.Deal;
import com.fashionos.crm.deal.DealOutcome;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.crm.deal.MissingField;
import com.fashionos.crm.deal.StageChangeResult;
import com.fashionos.ui.activity.ActivityBroadcaster;
import com.fashionos.ui.activity.Display;
import com.fashionos.ui.activity.Permissions;
import com.fashionos.ui.activity.Toasts;
import com.fashionos.ui.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Scope;

/**
 * Moving deals between stages and outcomes from the kanban and the war room alike: the gate check of
 * {@link DealService#moveToStage}, a clear notification naming what is missing with a button that opens the deal's
 * edit dialog at that field (saving it retries the move), won/lost/reopen.
 */
@SpringComponent
@Scope("prototype")
class StageMoves {

    private final DealService deals;
    private final AccountService accounts;
    private final ContactService contacts;
    private final Display display;
    private final ActivityBroadcaster broadcaster;
    private final CurrentUser currentUser;

    StageMoves(
            DealService deals,
            AccountService accounts,
            ContactService contacts,
            Display display,
            ActivityBroadcaster broadcaster,
            CurrentUser currentUser) {
        this.deals = deals;
        this.accounts = accounts;
        this.contacts = contacts;
        this.display = display;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in user may move and edit deals. */
    boolean canEdit() {
        return Permissions.canEdit(currentUser);
    }

    /**
     * Moves the deal into {@code target} (reopening a won or lost deal dropped on a stage). Returns the result; a
     * blocked move shows the gate's message and a shortcut to fill the missing fields.
     */
    StageChangeResult move(UUID dealId, DealStage target, Runnable onChanged) {
        Deal deal = deals.get(dealId).orElseThrow();
        if (!canEdit()) {
            Toasts.error("Your role can view deals but not move them.");
            return new StageChangeResult(false, deal.stage(), target, List.of());
        }
        StageChangeResult result =
                deals.moveToStage(dealId, target, currentUser.require().userId());
        if (result.blocked()) {
            List<MissingField> missing = result.missing();
            String what = missing.stream()
                    .map(m -> label(m.field()))
                    .distinct()
                    .reduce((a, b) -> a + " and " + b)
                    .orElse("the missing fields");
            Toasts.problem(
                    deal.reference() + " stays in " + deal.stage().label() + ". " + result.message(),
                    "Add " + what,
                    () -> fill(dealId, target, missing, onChanged));
            return result;
        }
        boolean reopened = false;
        if (deal.outcome() != DealOutcome.OPEN) {
            deals.reopen(dealId);
            reopened = true;
        }
        if (result.moved()) {
            Toasts.success(deal.reference() + " moved to " + target.label());
        } else if (reopened) {
            Toasts.success(deal.reference() + " reopened in " + target.label());
        }
        if (result.moved() || reopened) {
            broadcaster.announce(currentUser.require().currentBrand().id());
            onChanged.run();
        }
        return result;
    }

    /** Opens the deal's edit dialog at the first missing field; saving retries the move. */
    DealDialog fill(UUID dealId, DealStage target, List<MissingField> missing, Runnable onChanged) {
        Deal deal = deals.get(dealId).orElseThrow();
        var dialog = new DealDialog(
                deals, accounts, contacts, display, deal, null, null, saved -> move(dealId, target, onChanged));
        dialog.highlight(missing).open();
        return dialog;
    }

    /** Opens the edit dialog of a deal. */
    DealDialog edit(UUID dealId, Runnable onSaved) {
        Deal deal = deals.get(dealId).orElseThrow();
        var dialog = new DealDialog(deals, accounts, contacts, display, deal, null, null, saved -> {
            Toasts.success(saved.reference() + " saved");
            onSaved.run();
        });
        dialog.open();
        return dialog;
    }

    /** Opens the new-deal dialog (optionally for an account). */
    DealDialog create(@org.jspecify.annotations.Nullable UUID accountId, java.util.function.Consumer<Deal> onCreated) {
        var dialog = new DealDialog(
                deals,
                accounts,
                contacts,
                display,
                null,
                accountId,
                currentUser.require().userId(),
                saved -> {
                    Toasts.success(saved.reference() + " created in Lead");
                    onCreated.accept(saved);
                });
        dialog.open();
        return dialog;
    }

    void win(UUID dealId, Runnable onChanged) {
        if (!canEdit()) {
            return;
        }
        Deal deal = deals.markWon(dealId);
        broadcaster.announce(currentUser.require().currentBrand().id());
        Toasts.success(deal.reference() + " won. Congratulations!");
        onChanged.run();
    }

    /** Asks for the reason, then marks the deal lost. */
    Dialog lose(UUID dealId, Runnable onChanged) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Why was it lost?");
        var reason = new TextArea("Reason");
        reason.setPlaceholder("e.g. Budget moved to FW26");
        reason.setWidthFull();
        reason.setMaxLength(500);
        dialog.add(reason);
        var confirm = new Button("Mark lost", e -> {
            Deal deal = deals.markLost(dealId, reason.getValue());
            dialog.close();
            broadcaster.announce(currentUser.require().currentBrand().id());
            Toasts.success(deal.reference() + " marked lost");
            onChanged.run();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
        return dialog;
    }

    void reopen(UUID dealId, Runnable onChanged) {
        Deal deal = deals.reopen(dealId);
        broadcaster.announce(currentUser.require().currentBrand().id());
        Toasts.success(deal.reference() + " reopened");
        onChanged.run();
    }

    static String label(String gateField) {
        return switch (gateField) {
            case "primaryContact" -> "a primary contact";
            case "valueForecast" -> "a value forecast";
            case "expectedClose" -> "an expected close date";
            case "contractSignedAt" -> "the contract date";
            case "probability" -> "a probability";
            case "campaign" -> "a campaign";
            case "actualRoi" -> "the actual ROI";
            case "owner" -> "an owner";
            default -> gateField;
        };
    }
}
