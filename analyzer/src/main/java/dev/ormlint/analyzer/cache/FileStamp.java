package dev.ormlint.analyzer.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and the time its inode last changed (POSIX ctime: every write, rename, chmod or
 * restore of the file moves it, and no tool sets it back, unlike the modification time that
 * {@code cp -p}, {@code tar} or {@code rsync -t} preserve). The same stamp as when a file's text was
 * hashed means the same text, so a re-scan does not read the unchanged files of a large tree. Where
 * the file system has no ctime the modification time stands in.
 *
 * <p>A file stamped within {@link #SETTLING} of its reading is not trusted by its stamp (its hash
 * decides): file times are coarse (a few milliseconds on Linux), so a second write in the same tick
 * and of the same size would leave the stamp as it was. Git's index does the same for "racily
 * clean" files.
 */
record FileStamp(long size, long changedNanos) {

    static final long SETTLING = TimeUnit.SECONDS.toNanos(2);

    /** The file's stamp now, or empty when it cannot be read. */
    static Optional<FileStamp> of(Path file) {
        try {
            long size = Files.size(file);
            Object changed = changeTime(file);
            FileTime time = changed instanceof FileTime t ? t : Files.getLastModifiedTime(file);
            return Optional.of(new FileStamp(size, time.to(TimeUnit.NANOSECONDS)));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Object changeTime(Path file) throws IOException {
        try {
            return Files.getAttribute(file, "unix:ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the stamp, taken now, is long enough after the file's last change to stand for its content. */
    boolean settled() {
        return changedNanos < System.currentTimeMillis() * 1_000_000 - SETTLING;
    }
}
