package dev.ormlint.analyzer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable identities for findings: a hash of the rule, the file and the finding's source line with
 * whitespace normalised, so that edits elsewhere in the file (which move the line) keep the match.
 * Used by the baseline and by SARIF {@code partialFingerprints}.
 */
public final class Fingerprints {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Fingerprints() {
    }

    public static String of(String ruleId, String path, String sourceLine) {
        String normalised = WHITESPACE.matcher(sourceLine.strip()).replaceAll(" ");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((ruleId + '\0' + path + '\0' + normalised).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Line {@code line} (1-based) of {@code text}, without its line terminator; empty when out of range. */
    public static String lineOf(String text, int line) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            int next = nextLineStart(text, start);
            if (next < 0) {
                return "";
            }
            start = next;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(start, end);
    }

    private static int nextLineStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }
}
