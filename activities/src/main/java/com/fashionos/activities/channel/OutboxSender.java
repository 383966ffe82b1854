package com.fashionos.activities.channel;

import com.fashionos.crm.conversation.ApprovalRefusedException;
import com.fashionos.crm.conversation.Channel;
import com.fashionos.crm.conversation.ConversationService;
import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.conversation.MessageStatus;
import com.fashionos.crm.conversation.SendClaim;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sends one approved outbox message exactly once. Runs in the caller's tenant context; the order is what makes it
 * safe to retry:
 *
 * <ol>
 *   <li>re-read the row and refuse unless its approval is for exactly {@code expectedHash} by an allowed approver;
 *   <li>claim it under the idempotency key (status SENDING) — committed before the provider is called;
 *   <li>call the provider once; store its message id (SENT), or the sandbox mark (SANDBOXED).
 * </ol>
 *
 * A retry that finds the row already sent returns the stored result without calling the provider. A retry that finds
 * it still SENDING (an earlier attempt wrote the request but never saw the answer) does not call again either: the
 * message may have gone out, so it is marked FAILED with "outcome unknown" for a person to check.
 */
@Component
public class OutboxSender {

    /** Failure type of a retryable provider problem (5xx, 429, unreachable). */
    public static final String PROVIDER_UNAVAILABLE = "ProviderUnavailable";
    /** Failure type of an attempt whose request was written but not answered. */
    public static final String PROVIDER_NO_ANSWER = "ProviderNoAnswer";
    /** Failure type of a send refused by the approval gate. */
    public static final String SEND_REFUSED = "SendRefused";
    /** Failure type of free-form WhatsApp outside the 24-hour window. */
    public static final String WHATSAPP_TEMPLATE_REQUIRED = "WhatsAppTemplateRequired";

    static final String OUTCOME_UNKNOWN = "Outcome unknown: the provider received the request but its answer was "
            + "lost; not re-sent automatically to avoid a duplicate. Check the provider's log before sending again.";

    private final ConversationService conversations;
    private final ChannelRouter router;
    private final Clock clock;

    OutboxSender(ConversationService conversations, ChannelRouter router, Clock clock) {
        this.conversations = conversations;
        this.router = router;
        this.clock = clock;
    }

    /**
     * Sends {@code messageId} if its recorded approval is for exactly {@code expectedHash}.
     *
     * @throws ApplicationFailure non-retryable {@value #SEND_REFUSED} or {@value #WHATSAPP_TEMPLATE_REQUIRED};
     *     retryable {@value #PROVIDER_UNAVAILABLE} (with the provider's Retry-After as next delay) or
     *     {@value #PROVIDER_NO_ANSWER}
     */
    public OutboxResult send(UUID messageId, String expectedHash, String idempotencyKey) {
        Message message;
        try {
            message = conversations.requireApproved(messageId, expectedHash);
        } catch (ApprovalRefusedException e) {
            throw ApplicationFailure.newNonRetryableFailure("Send refused: " + e.getMessage(), SEND_REFUSED);
        }
        if (message.status().isDispatched()) {
            return stored(message);
        }
        if (message.channel() == Channel.WHATSAPP && message.templateSid() == null && !windowOpen(message)) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "Outside the 24-hour window — use an approved template: free-form WhatsApp text is only allowed "
                            + "within 24 hours of the contact's last message",
                    WHATSAPP_TEMPLATE_REQUIRED);
        }
        SendClaim claim;
        try {
            claim = conversations.claimForSend(messageId, idempotencyKey);
        } catch (ApprovalRefusedException e) {
            throw ApplicationFailure.newNonRetryableFailure("Send refused: " + e.getMessage(), SEND_REFUSED);
        }
        return switch (claim.state()) {
            case ALREADY_DISPATCHED -> stored(claim.message());
            case FAILED -> failed(claim.message());
            case IN_DOUBT -> failed(conversations.markFailed(messageId, OUTCOME_UNKNOWN));
            case CLAIMED -> dispatch(claim.message(), idempotencyKey);
        };
    }

    private OutboxResult dispatch(Message message, String idempotencyKey) {
        String to = message.toAddress();
        if (to == null || to.isBlank()) {
            return failed(conversations.markFailed(message.id(), "No recipient address"));
        }
        ChannelSender sender = router.senderFor(message.channel());
        SendOutcome outcome;
        try {
            outcome = sender.send(new OutboundMessage(
                    message.id(),
                    message.channel(),
                    to,
                    message.subject(),
                    message.body(),
                    message.templateSid(),
                    message.templateVariables(),
                    idempotencyKey));
        } catch (ChannelException e) {
            switch (e.kind()) {
                case REJECTED -> {
                    return failed(conversations.markFailed(message.id(), e.getMessage()));
                }
                case RETRYABLE -> {
                    conversations.releaseClaim(message.id(), e.getMessage());
                    throw ApplicationFailure.newFailureWithCauseAndDelay(
                            e.getMessage(), PROVIDER_UNAVAILABLE, null, e.retryAfter());
                }
                case IN_DOUBT -> throw ApplicationFailure.newFailure(e.getMessage(), PROVIDER_NO_ANSWER);
            }
            throw e;
        }
        Message done = outcome.sandboxed()
                ? conversations.markSandboxed(message.id())
                : conversations.markSent(message.id(), outcome.provider(), outcome.providerMessageId());
        return stored(done);
    }

    private boolean windowOpen(Message message) {
        return conversations
                .conversation(message.conversationId())
                .map(c -> c.whatsappSessionOpen(clock.instant()))
                .orElse(false);
    }

    private static OutboxResult stored(Message message) {
        if (message.status() == MessageStatus.SANDBOXED) {
            return new OutboxResult(OutboxResult.Status.SANDBOXED, null, SandboxSender.LABEL, message);
        }
        return new OutboxResult(OutboxResult.Status.SENT, message.providerMessageId(), null, message);
    }

    private static OutboxResult failed(Message message) {
        return new OutboxResult(
                OutboxResult.Status.FAILED,
                null,
                message.error() == null ? "The channel refused the message" : message.error(),
                message);
    }
}
