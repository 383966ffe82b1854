package com.fashionos.workflows.draft;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Input of {@link HumanReplyWorkflow#send}: a message a person wrote in the composer and clicked Send on. The click
 * is the approval of exactly this text: {@code bodyHash} is the {@link MessageHash} of what was on screen.
 *
 * @param brandId the tenant
 * @param replyId the reply's id, also the id of its message row (a repeated start never writes a second row)
 * @param contactId the recipient
 * @param dealId the deal the reply is about, if any (for the deal's timeline)
 * @param channel email or WhatsApp
 * @param senderId the person who clicked Send: the approver (role AGENT or above, checked against the database)
 * @param subject the email subject; null for WhatsApp
 * @param body the text
 * @param bodyHash {@link MessageHash#of} subject and body as shown when Send was clicked
 */
public record ReplyRequest(
        UUID brandId,
        UUID replyId,
        UUID contactId,
        @Nullable UUID dealId,
        Channel channel,
        UUID senderId,
        @Nullable String subject,
        String body,
        String bodyHash) {

    /** The outbox idempotency key of a reply. */
    public String idempotencyKey() {
        return "reply-" + replyId;
    }
}
