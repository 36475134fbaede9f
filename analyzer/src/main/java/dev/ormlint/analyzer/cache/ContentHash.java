package dev.ormlint.analyzer.cache;

import java.nio.ByteBuffer;
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
        return Base64.getEncoder().withoutPadding().encodeToString(sha256(text));
    }

    /** The first 64 bits of the SHA-256 of {@code text}: enough to tell two answers apart, at an eighth of the size. */
    static long shortOf(String text) {
        return ByteBuffer.wrap(sha256(text)).getLong();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
