package com.fashionos.workflows.draft;

import io.temporal.failure.ApplicationFailure;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code ApplicationFailure} type names of the draft process. Activities throw business failures with these types;
 * the workflow's retry policies list the non-retryable ones, and update handlers fail with them.
 *
 * <p>A decision refused by an update validator reaches the client as a {@code WorkflowUpdateException}. Temporal Java
 * SDK 1.38 loses the failure type of a validator rejection (temporalio/sdk-java#2875, fixed after 1.38), so refusals
 * also carry their type as a message prefix ({@code "StaleApprovalHash: …"}); read it with {@link #typeOf(Throwable)},
 * which works before and after the SDK fix.
 */
public final class DraftFailures {

    /** The request or an activity input is invalid (missing id, unknown trigger…). Not retried. */
    public static final String INVALID_INPUT = "InvalidDraftInput";
    /** The contact, deal, brand or draft row does not exist (or is another brand's). Not retried. */
    public static final String NOT_FOUND = "DraftTargetNotFound";
    /** The model's output did not validate against the draft JSON schema. Retried (3 attempts), then the draft fails. */
    public static final String MALFORMED_MODEL_OUTPUT = "MalformedModelOutput";
    /** The approver is not allowed to approve (role below AGENT, unknown user, other brand). Not retried. */
    public static final String APPROVAL_DENIED = "ApprovalDenied";
    /** The send activity found no approval for exactly this hash on the message row. Not retried. */
    public static final String SEND_REFUSED = "SendRefused";
    /** WhatsApp outside the 24-hour window without a template. Not retried. */
    public static final String WHATSAPP_TEMPLATE_REQUIRED = "WhatsAppTemplateRequired";
    /** The provider refused the message for good (4xx other than 429). Not retried. */
    public static final String PROVIDER_REJECTED = "ProviderRejected";
    /** An update arrived in a state that does not allow it (workflow side). */
    public static final String STATE_CONFLICT = "DraftStateConflict";
    /** {@code approve} quoted a hash that is not the current text's: the approver saw an older version (workflow side). */
    public static final String STALE_HASH = "StaleApprovalHash";
    /** Improve or edit failed; the previous version stays current (workflow side). */
    public static final String REVISION_FAILED = "DraftRevisionFailed";

    private static final Set<String> KNOWN = Set.of(
            INVALID_INPUT,
            NOT_FOUND,
            MALFORMED_MODEL_OUTPUT,
            APPROVAL_DENIED,
            SEND_REFUSED,
            WHATSAPP_TEMPLATE_REQUIRED,
            PROVIDER_REJECTED,
            STATE_CONFLICT,
            STALE_HASH,
            REVISION_FAILED);

    private DraftFailures() {}

    /** A refusal of a decision: non-retryable, typed, and with the type as message prefix (see class comment). */
    public static ApplicationFailure refusal(String type, String message) {
        return ApplicationFailure.newNonRetryableFailure(type + ": " + message, type);
    }

    /**
     * The draft failure type in a thrown exception (e.g. a {@code WorkflowUpdateException}) or its causes, or null
     * when it carries none.
     */
    public static @Nullable String typeOf(@Nullable Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ApplicationFailure failure) {
                if (KNOWN.contains(failure.getType())) {
                    return failure.getType();
                }
                String message = failure.getOriginalMessage();
                int colon = message == null ? -1 : message.indexOf(": ");
                if (colon > 0 && KNOWN.contains(message.substring(0, colon))) {
                    return message.substring(0, colon);
                }
            }
        }
        return null;
    }
}
