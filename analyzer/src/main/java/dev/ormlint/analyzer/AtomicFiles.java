package dev.ormlint.analyzer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes files so that readers see the old content or the new, never a half-written file. The
 * result has the permissions of the file it replaces (a script stays executable), or those of any
 * new file in that directory.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "is a directory");
        }
        Files.createDirectories(dir);
        Path temp = createTemporary(absolute);
        try {
            Files.write(temp, content);
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates the hidden file next to the target. A failure names the target the caller asked for,
     * not the temporary file, whose name means nothing to a user.
     */
    private static Path createTemporary(Path target) throws IOException {
        try {
            // Not Files.createTempFile: its files are owner-only, and the move would carry that over. The name is
            // ASCII whatever the target's: under the POSIX locale Java cannot encode a new name with "ü" in it.
            return Files.createFile(target.resolveSibling(".ormlint-" + UUID.randomUUID() + ".tmp"));
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(target.toString(), null, e.getReason());
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(target.toString(), null, e.getReason());
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null, e.getReason());
        }
    }

    private static void keepPermissions(Path original, Path replacement) throws IOException {
        if (Files.isRegularFile(original)
                && Files.getFileStore(replacement).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
        }
    }
}
