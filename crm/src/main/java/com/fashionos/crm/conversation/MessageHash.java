package com.fashionos.crm.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash that ties an approval to exactly one text, computed the same way as the database function
 * {@code message_body_hash}: SHA-256 (hex) of subject, a newline and body, in UTF-8.
 */
public final class MessageHash {

    private MessageHash() {}

    /** The hash of {@code subject} (may be null) and {@code body}. */
    public static String of(@Nullable String subject, String body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = ((subject == null ? "" : subject) + "\n" + body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
