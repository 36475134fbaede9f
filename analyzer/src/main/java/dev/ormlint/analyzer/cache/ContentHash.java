package dev.ormlint.analyzer.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The SHA-256 of a file's text, as the passes read it. The text rather than the bytes: it is what
 * the results depend on, and a file re-encoded to the same text (the scan's encoding changed with
 * it) keeps its results.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return Base64.getEncoder().withoutPadding().encodeToString(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
