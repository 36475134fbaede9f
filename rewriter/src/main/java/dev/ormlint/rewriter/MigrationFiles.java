package dev.ormlint.rewriter;

import dev.ormlint.analyzer.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

/**
 * Writes migrated files: atomically, in the encoding they were read in (keeping a UTF-8 byte order
 * mark), and only over the text that was migrated.
 */
public final class MigrationFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private MigrationFiles() {
    }

    /** @throws IOException when the file changed since it was read, or cannot be written */
    public static void write(FileMigration migration, Charset encoding) throws IOException {
        byte[] current = Files.readAllBytes(migration.absolutePath());
        boolean bom = encoding.equals(StandardCharsets.UTF_8) && current.length >= 3
                && Arrays.equals(Arrays.copyOf(current, 3), BOM);
        String text = new String(current, bom ? 3 : 0, current.length - (bom ? 3 : 0), encoding);
        if (!text.equals(migration.original())) {
            throw new IOException(migration.relativePath() + " changed since it was read; not written");
        }
        byte[] migrated = encode(migration, encoding);
        byte[] content = bom ? concat(BOM, migrated) : migrated;
        AtomicFiles.write(migration.absolutePath(), content);
    }

    private static byte[] encode(FileMigration migration, Charset encoding) throws IOException {
        try {
            ByteBuffer bytes = encoding.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(migration.migrated()));
            return Arrays.copyOf(bytes.array(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IOException(migration.relativePath() + ": the migrated text cannot be written in "
                    + encoding.name() + "; not written", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
