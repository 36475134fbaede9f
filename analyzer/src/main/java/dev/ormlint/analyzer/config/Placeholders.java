package dev.ormlint.analyzer.config;

import java.util.Optional;

/**
 * Resolves {@code ${NAME:default}} placeholders (Spring, Quarkus and Micronaut syntax) to their
 * defaults, nested ones included. The environment a scan runs in is not the application's, so a
 * placeholder without a default makes the value unknown.
 */
public final class Placeholders {

    private static final String OPEN = "${";
    /** Deeper nesting than any real configuration uses is treated as unknown rather than recursed into. */
    private static final int MAX_NESTING = 16;

    private Placeholders() {
    }

    public static Optional<String> resolve(String value) {
        return resolve(value, 0);
    }

    /** Whether {@code value} holds a placeholder, whatever it resolves to. */
    public static boolean isPresentIn(String value) {
        return value.contains(OPEN);
    }

    private static Optional<String> resolve(String value, int depth) {
        if (depth > MAX_NESTING) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf(OPEN, i);
            if (start < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            int end = matchingBrace(value, start + OPEN.length());
            if (end < 0) {
                return Optional.empty();
            }
            Optional<String> replaced = defaultOf(value.substring(start + OPEN.length(), end), depth);
            if (replaced.isEmpty()) {
                return Optional.empty();
            }
            out.append(replaced.get());
            i = end + 1;
        }
        return Optional.of(out.toString());
    }

    private static Optional<String> defaultOf(String body, int depth) {
        int braces = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (body.startsWith(OPEN, i)) {
                braces++;
                i++;
            } else if (c == '}') {
                braces--;
            } else if (c == ':' && braces == 0) {
                return resolve(body.substring(i + 1), depth + 1);
            }
        }
        return Optional.empty();
    }

    private static int matchingBrace(String value, int from) {
        int depth = 1;
        for (int i = from; i < value.length(); i++) {
            if (value.startsWith(OPEN, i)) {
                depth++;
                i++;
            } else if (value.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
