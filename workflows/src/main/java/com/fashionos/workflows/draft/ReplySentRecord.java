package com.fashionos.workflows.draft;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Input of {@link ReplyActivities#recordReplySent}: the timeline entry of a sent reply with its exact text.
 *
 * @param brandId the tenant
 * @param replyId the reply
 * @param messageId its message row
 * @param contactId the recipient
 * @param dealId the deal, if any
 * @param channel the channel
 * @param senderId who wrote and approved it
 * @param hash the hash of the sent text
 * @param result SENT or SANDBOXED
 */
public record ReplySentRecord(
        UUID brandId,
        UUID replyId,
        UUID messageId,
        UUID contactId,
        @Nullable UUID dealId,
        Channel channel,
        UUID senderId,
        String hash,
        SendResult result) {}
