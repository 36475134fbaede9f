package dev.ormlint.analyzer.report;

/**
 * Text from scanned trees (file names, and messages that quote code) made safe to print on a
 * terminal: control characters are written as escapes, so that a file name holding {@code ESC [2J}
 * cannot clear the screen and one holding a line feed cannot forge a line that looks like a
 * finding. Bidirectional overrides are escaped too, for they reorder what the reader sees. JSON and
 * SARIF escape control characters by their own rules.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                escaped.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || c >= 0x7f && c < 0xa0) {
            return String.format("\\x%02x", (int) c);
        }
        if (c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u2028' || c == '\u2029') {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
