package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;

/** Short renderings of source for messages. */
final class SourceText {

    private static final int MAX_LENGTH = 80;

    private SourceText() {
    }

    /** The node's code on one line, cut to 80 characters. */
    static String abbreviate(Node node) {
        String oneLine = node.toString().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH - 3) + "...";
    }
}
