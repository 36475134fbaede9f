package dev.ormlint.analyzer.java;

import java.util.OptionalInt;

/**
 * How deep the brackets of a Java source nest, found by a single pass over its characters that
 * skips comments, string and character literals and text blocks. JavaParser descends a dozen
 * frames per bracket level, so a source nested deeper than a limit is refused before it is parsed:
 * the refusal is then the same on every run, where a stack overflow would depend on the thread
 * and on how much of the parser the JIT had compiled.
 */
final class BracketNesting {

    private BracketNesting() {
    }

    /** The 1-based line where the brackets first nest deeper than {@code limit}; empty when they never do. */
    static OptionalInt lineBeyond(String source, int limit) {
        int depth = 0;
        int line = 1;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            switch (c) {
                case '\n' -> line++;
                case '(', '[', '{' -> {
                    if (++depth > limit) {
                        return OptionalInt.of(line);
                    }
                }
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                case '/' -> {
                    if (i + 1 < n && source.charAt(i + 1) == '/') {
                        i = endOfLine(source, i);
                    } else if (i + 1 < n && source.charAt(i + 1) == '*') {
                        int end = source.indexOf("*/", i + 2);
                        end = end < 0 ? n : end + 1;
                        line += newlines(source, i, end);
                        i = end;
                    }
                }
                case '"' -> {
                    int end = source.startsWith("\"\"\"", i) ? endOfTextBlock(source, i + 3) : endOfLiteral(source, i + 1, '"');
                    line += newlines(source, i, end);
                    i = end;
                }
                case '\'' -> i = endOfLiteral(source, i + 1, '\'');
                default -> {
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The index of the newline ending the line {@code from} is on, or the last index (the newline is counted by the caller). */
    private static int endOfLine(String source, int from) {
        int newline = source.indexOf('\n', from);
        return newline < 0 ? source.length() : newline - 1;
    }

    /** The index of the closing quote, or of the line's end for an unterminated literal. */
    private static int endOfLiteral(String source, int from, char quote) {
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if (c == '\n') {
                return i - 1;
            }
        }
        return source.length();
    }

    private static int endOfTextBlock(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (source.startsWith("\"\"\"", i)) {
                return i + 2;
            }
        }
        return source.length();
    }

    private static int newlines(String source, int from, int to) {
        int count = 0;
        for (int i = from; i < Math.min(to, source.length()); i++) {
            if (source.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
