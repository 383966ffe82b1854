package com.fashionos.crm.conversation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message a person wrote in the composer and clicked Send on: the click is its approval. */
public record HumanReply(
        UUID contactId,
        Channel channel,
        @Nullable String toAddress,
        @Nullable String fromAddress,
        @Nullable String subject,
        String body,
        UUID senderId) {}
