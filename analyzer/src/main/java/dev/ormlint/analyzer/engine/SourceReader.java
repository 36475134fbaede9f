package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Reads a file as text in one encoding (UTF-8 unless told otherwise), refusing what rules cannot
 * use: files over the size limit, binary content, bytes that are not text in that encoding,
 * unreadable files. Each refusal is a {@link Notice}, never an exception.
 */
public final class SourceReader {

    /** Files larger than this are skipped: generated code, dumps, not something a person maintains. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final long MEBIBYTE = 1024 * 1024;
    private static final int BINARY_PROBE = 8192;

    /** Either the text of the file or the notice explaining why there is none. */
    public record Read(String text, Notice notice) {
        public boolean ok() {
            return text != null;
        }
    }

    private final Charset encoding;

    public SourceReader() {
        this(StandardCharsets.UTF_8);
    }

    public SourceReader(Charset encoding) {
        this.encoding = encoding;
    }

    public Read read(SourceFile file) {
        try {
            long size = Files.size(file.absolutePath());
            if (size > MAX_BYTES) {
                // In bytes: a rounded size would read "10.0 MB" or "10.1 MB" for one byte over 10 MiB.
                return refuse(file, Notice.Kind.TOO_LARGE, String.format(Locale.ROOT,
                        "file is %,d bytes, over the %d MiB limit (%,d bytes); skipped", size, MAX_BYTES / MEBIBYTE,
                        MAX_BYTES));
            }
            byte[] bytes = Files.readAllBytes(file.absolutePath());
            for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
                if (bytes[i] == 0) {
                    return refuse(file, Notice.Kind.BINARY_FILE, "binary content (NUL byte), skipped");
                }
            }
            try {
                String text = encoding.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                return new Read(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
            } catch (CharacterCodingException e) {
                return refuse(file, Notice.Kind.NOT_DECODABLE, "not valid " + encoding.name()
                        + ", skipped (sources in another encoding need the scan's encoding set to it)");
            }
        } catch (IOException e) {
            return refuse(file, Notice.Kind.UNREADABLE, "cannot read: " + FileDiscovery.describe(e));
        }
    }

    private static Read refuse(SourceFile file, Notice.Kind kind, String message) {
        return new Read(null, new Notice(file.relativePath(), kind, message));
    }
}
