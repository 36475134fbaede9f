package dev.ormlint.analyzer.python;

import dev.ormlint.analyzer.SourceRange;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Positions in one source text. tree-sitter is handed the text's UTF-8 bytes and reports byte
 * offsets; rules and findings need Java string indexes and 1-based lines and columns. For pure-ASCII
 * text the two are the same and no table is built.
 */
final class SourceOffsets {

    private final String text;
    private final byte[] utf8;
    /** The string index of each byte offset (and of the end), or null when the text is ASCII. */
    private final int[] indexOfByte;
    /** The string index where each line starts. */
    private final int[] lineStarts;

    SourceOffsets(String text) {
        this.text = text;
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
        this.indexOfByte = utf8.length == text.length() ? null : indexOfEachByte(text, utf8.length);
        this.lineStarts = lineStarts(text);
    }

    String text() {
        return text;
    }

    /** The bytes tree-sitter parses: UTF-8 always, whatever encoding the file was read in. */
    byte[] utf8() {
        return utf8;
    }

    int indexOfByte(int byteOffset) {
        return indexOfByte == null ? byteOffset : indexOfByte[byteOffset];
    }

    /** 1-based line of a string index. */
    int line(int index) {
        int found = Arrays.binarySearch(lineStarts, index);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** 1-based column (in chars) of a string index. */
    int column(int index) {
        return index - lineStarts[line(index) - 1] + 1;
    }

    /** The inclusive range of the text from {@code start} up to {@code end} (exclusive), as findings show it. */
    SourceRange range(int start, int end) {
        int last = Math.max(start, end - 1);
        return new SourceRange(line(start), column(start), line(last), column(last));
    }

    private static int[] indexOfEachByte(String text, int byteCount) {
        int[] map = new int[byteCount + 1];
        int b = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // A lone surrogate has no UTF-8 form: String.getBytes writes it as one '?'.
            int width = cp < 0x80 || Character.isSurrogate((char) cp) ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            for (int k = 0; k < width; k++) {
                map[b++] = i;
            }
            i += Character.charCount(cp);
        }
        map[b] = text.length();
        return map;
    }

    /** Lines end at \n, \r\n or a lone \r, as they do for Python and for JavaParser. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
