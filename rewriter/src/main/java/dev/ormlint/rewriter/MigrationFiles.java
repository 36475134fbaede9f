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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes migrated files: atomically, in the encoding they were read in (keeping a UTF-8 byte order
 * mark), only over the text that was migrated, and never through or over a symbolic link, so never
 * outside the migrated tree.
 */
public final class MigrationFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private MigrationFiles() {
    }

    /**
     * What writing a migration's files did: each file is written or not on its own, so a failure
     * leaves the files before and after it as they are.
     *
     * @param written    the relative paths of the files written
     * @param notWritten for each file not written, why
     */
    public record Written(List<String> written, Map<String, String> notWritten) {

        public Written {
            written = List.copyOf(written);
            notWritten = Collections.unmodifiableMap(new LinkedHashMap<>(notWritten));
        }
    }

    /** Writes every file it can, and says which it could not. */
    public static Written writeAll(List<FileMigration> files, Charset encoding, Path root) {
        List<String> written = new ArrayList<>();
        Map<String, String> notWritten = new LinkedHashMap<>();
        for (FileMigration file : files) {
            try {
                write(file, encoding, root);
                written.add(file.relativePath());
            } catch (IOException e) {
                notWritten.put(file.relativePath(), e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
        return new Written(written, notWritten);
    }

    /**
     * @param root the directory {@code migration}'s relative path is relative to: the file must be
     *             there, reached without a symbolic link
     * @throws IOException when the file changed since it was read, is or is reached through a
     *                     symbolic link, or cannot be written
     */
    public static void write(FileMigration migration, Charset encoding, Path root) throws IOException {
        refuseLinks(migration, root);
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

    private static void refuseLinks(FileMigration migration, Path root) throws IOException {
        Path target = migration.absolutePath();
        if (Files.isSymbolicLink(target)) {
            throw new IOException(migration.relativePath() + " is a symbolic link; not written");
        }
        Path expected = root.toRealPath().resolve(migration.relativePath());
        if (!target.toRealPath().equals(expected)) {
            throw new IOException(migration.relativePath() + " is reached through a symbolic link; not written");
        }
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
