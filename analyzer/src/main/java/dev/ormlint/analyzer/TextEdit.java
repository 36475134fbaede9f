package dev.ormlint.analyzer;

/**
 * Replace the text between two 0-based character offsets of a file with new text.
 * Offsets (not line/column) keep edits exact for every line ending and tab width.
 */
public record TextEdit(int startOffset, int endOffset, String replacement) {

    public TextEdit {
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("invalid edit range " + startOffset + ".." + endOffset);
        }
    }
}
