package dev.ormlint.analyzer.engine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code --exclude} globs, matched against '/'-separated paths relative to the scan root the way
 * users of {@code .gitignore} expect: {@code *} and {@code ?} stay within one path segment,
 * {@code **} crosses segments, a leading {@code **}{@code /} also matches at the root, a trailing
 * {@code /**} also matches the folder itself (so it is not walked at all), and a pattern without
 * '/' matches a file or folder name at any depth. {@code {a,b}} and {@code [abc]} work as in
 * {@link java.nio.file.FileSystem#getPathMatcher} globs. The same patterns give the same result on
 * every operating system.
 */
final class ExcludePatterns {

    private final List<Pattern> patterns;

    ExcludePatterns(List<String> globs) {
        this.patterns = globs.stream().map(ExcludePatterns::compile).toList();
    }

    boolean matches(String relativePath) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(relativePath).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern compile(String glob) {
        String g = glob.strip().replace('\\', '/');
        if (g.startsWith("./")) {
            g = g.substring(2);
        }
        if (g.startsWith("/")) {
            g = g.substring(1);
        } else if (!g.contains("/")) {
            g = "**/" + g;
        }
        if (g.endsWith("/")) {
            g = g + "**";
        }
        StringBuilder regex = new StringBuilder();
        boolean inGroup = false;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '/' && i + 3 == g.length() && g.endsWith("/**")) {
                regex.append("(?:/.*)?");
                break;
            } else if (g.startsWith("**/", i) && (i == 0 || g.charAt(i - 1) == '/')) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (g.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{') {
                regex.append("(?:");
                inGroup = true;
            } else if (c == '}' && inGroup) {
                regex.append(')');
                inGroup = false;
            } else if (c == ',' && inGroup) {
                regex.append('|');
            } else if (c == '[') {
                int close = g.indexOf(']', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("bad exclude pattern '" + glob + "': '[' without ']'");
                }
                String set = g.substring(i + 1, close);
                regex.append('[').append(set.startsWith("!") ? "^" + quoteSet(set.substring(1)) : quoteSet(set)).append(']');
                i = close;
            } else {
                regex.append(literal(c));
            }
        }
        if (inGroup) {
            throw new IllegalArgumentException("bad exclude pattern '" + glob + "': '{' without '}'");
        }
        return Pattern.compile(regex.toString());
    }

    /** Keeps ranges like {@code a-z} but makes every other character literal inside a character class. */
    private static String quoteSet(String set) {
        StringBuilder out = new StringBuilder();
        for (char c : set.toCharArray()) {
            out.append(c == '-' ? "-" : literal(c));
        }
        return out.toString();
    }

    /** A backslash makes any character that is not a letter or digit literal in a regex. */
    private static String literal(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
