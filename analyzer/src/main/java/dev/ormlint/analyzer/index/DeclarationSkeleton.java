package dev.ormlint.analyzer.index;

import java.util.function.Predicate;

/**
 * The declarations of a compilation unit without the code inside them: every brace block that is
 * not the body of a type declaration is emptied ({@code void f() { ... }} becomes {@code void f() {}},
 * likewise initializer blocks, field initializers' lambdas, array initializers and anonymous
 * classes), and comments become spaces. What the index reads (types, supertypes, annotations,
 * fields, method signatures) is unchanged, and the result parses several times faster than the
 * source because method bodies are most of any code base.
 *
 * <p>The result keeps no positions. A source whose braces do not balance (it will not parse
 * anyway) yields a skeleton that fails to parse too, so the caller falls back to the full source.
 */
public final class DeclarationSkeleton {

    private final String source;
    private final Predicate<CharSequence> keepsBody;
    private final StringBuilder out;
    private int pos;

    private DeclarationSkeleton(String source, Predicate<CharSequence> keepsBody) {
        this.source = source;
        this.keepsBody = keepsBody;
        this.out = new StringBuilder(source.length() / 2);
    }

    public static String of(String source) {
        return keepingBodies(source, body -> false);
    }

    /**
     * The skeleton, except that member blocks (method bodies, initializer blocks) whose text, braces
     * included, satisfies {@code keepsBody} are copied as they are: the index pass keeps the bodies a
     * {@link MethodSummary} can learn from.
     */
    public static String keepingBodies(String source, Predicate<CharSequence> keepsBody) {
        DeclarationSkeleton skeleton = new DeclarationSkeleton(source, keepsBody);
        skeleton.declarations(false);
        return skeleton.out.toString();
    }

    /**
     * Copies the members of one type body (or of the file when {@code inType} is false) up to and
     * including its closing brace, emptying every brace block that does not open a type body.
     */
    private void declarations(boolean inType) {
        MemberHeader header = new MemberHeader();
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (skipsTrivia(c)) {
                continue;
            }
            if (c == '"' || c == '\'') {
                int start = pos;
                pos = literalEnd(c);
                out.append(source, start, pos);
                header.significant(c);
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                while (pos < source.length() && Character.isJavaIdentifierPart(source.charAt(pos))) {
                    pos++;
                }
                String word = source.substring(start, pos);
                out.append(word);
                header.word(word);
            } else if (c == '{') {
                out.append(c);
                pos++;
                if (header.opensTypeBody()) {
                    declarations(true);
                    header = new MemberHeader();
                } else {
                    int start = pos;
                    skipBlock();
                    boolean member = header.parens == 0 && !header.assigns;
                    CharSequence block = source.subSequence(start - 1, pos);
                    out.append(member && keepsBody.test(block) ? block.subSequence(1, block.length()) : "}");
                    if (header.parens == 0) {
                        header = new MemberHeader();
                    }
                }
            } else if (c == '}') {
                out.append(c);
                pos++;
                if (inType) {
                    return;
                }
            } else {
                out.append(c);
                pos++;
                if (c == ';' && header.parens == 0) {
                    header = new MemberHeader();
                } else {
                    header.significant(c);
                }
            }
        }
    }

    /** What has been read of the current member's declaration since the last {@code ;} or block. */
    private static final class MemberHeader {
        private int parens;
        private boolean assigns;
        private boolean typeKeyword;
        private char previous;

        void significant(char c) {
            if (Character.isWhitespace(c)) {
                return;
            }
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens = Math.max(0, parens - 1);
            } else if (c == '=' && parens == 0) {
                assigns = true;
            }
            previous = c;
        }

        void word(String word) {
            // `Foo.class` and `x.record` are expressions, not declarations.
            if (parens == 0 && previous != '.' && isTypeKeyword(word)) {
                typeKeyword = true;
            }
            previous = 'a';
        }

        /** A field initializer ({@code = new Foo() {...}}) or an annotation value never opens a type body. */
        boolean opensTypeBody() {
            return typeKeyword && !assigns && parens == 0;
        }

        private static boolean isTypeKeyword(String word) {
            return switch (word) {
                case "class", "interface", "enum", "record" -> true;
                default -> false;
            };
        }
    }

    /** Skips to the brace that closes the block whose opening brace was just read. */
    private void skipBlock() {
        int depth = 1;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '/' && startsComment()) {
                skipComment();
            } else if (c == '"' || c == '\'') {
                pos = literalEnd(c);
            } else {
                pos++;
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return;
                }
            }
        }
    }

    /** Replaces a comment by one space; returns whether {@code c} started one. */
    private boolean skipsTrivia(char c) {
        if (c == '/' && startsComment()) {
            skipComment();
            out.append(' ');
            return true;
        }
        return false;
    }

    private boolean startsComment() {
        return pos + 1 < source.length() && (source.charAt(pos + 1) == '/' || source.charAt(pos + 1) == '*');
    }

    private void skipComment() {
        if (source.charAt(pos + 1) == '/') {
            int end = source.indexOf('\n', pos);
            pos = end < 0 ? source.length() : end;
        } else {
            int end = source.indexOf("*/", pos + 2);
            pos = end < 0 ? source.length() : end + 2;
        }
    }

    /** The end of the string, text block or character literal that starts at {@code pos}, escapes included. */
    private int literalEnd(char quote) {
        int at = pos;
        if (quote == '"' && source.startsWith("\"\"\"", at)) {
            at += 3;
            while (at < source.length() && !source.startsWith("\"\"\"", at)) {
                at += source.charAt(at) == '\\' ? 2 : 1;
            }
            return Math.min(source.length(), at + 3);
        }
        at++;
        while (at < source.length() && source.charAt(at) != quote && source.charAt(at) != '\n') {
            at += source.charAt(at) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), at + 1);
    }
}
