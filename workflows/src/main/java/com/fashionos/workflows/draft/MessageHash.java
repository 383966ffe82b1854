package com.fashionos.workflows.draft;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash that ties an approval to exactly one text: SHA-256, lower-case hex, of {@code subject-or-empty + "\n" +
 * body} in UTF-8. Must equal the database function {@code message_body_hash(subject, body)} (V003), which fills
 * {@code messages.body_hash}.
 */
public final class MessageHash {

    private MessageHash() {}

    /** The hash of a subject (null for none, as for WhatsApp) and a body. */
    public static String of(@Nullable String subject, @Nullable String body) {
        String text = (subject == null ? "" : subject) + "\n" + (body == null ? "" : body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
