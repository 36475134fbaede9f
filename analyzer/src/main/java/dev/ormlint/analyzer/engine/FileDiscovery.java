package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks the scanned paths and picks the files the rules read: Java sources and the persistence
 * configuration files. Build output, VCS and dependency folders are skipped, as is anything an
 * {@code --exclude} glob matches. Loops and broken links become notices.
 */
public final class FileDiscovery {

    private static final Set<String> SKIPPED_DIRECTORIES =
            Set.of("target", "build", ".git", ".hg", ".svn", "node_modules", "generated-sources",
                    "generated-test-sources", ".gradle", ".idea");
    private static final Pattern CONFIG_NAME = Pattern.compile(
            "(application|bootstrap)([-.][^/]*)?\\.(properties|ya?ml)|hibernate\\.cfg\\.xml|hibernate\\.properties");

    /** What discovery found: files to scan and the notices for those it could not take. */
    public record Result(List<SourceFile> files, List<Notice> notices) {
    }

    private final Path root;
    private final List<PathMatcher> excludes;

    public FileDiscovery(Path root, List<String> excludeGlobs) {
        this.root = root.toAbsolutePath().normalize();
        FileSystem fs = this.root.getFileSystem();
        this.excludes = excludeGlobs.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
    }

    /** Classifies a file by name, or empty when no rule reads it. */
    public static Optional<SourceFile.Kind> kindOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".java")) {
            return Optional.of(SourceFile.Kind.JAVA);
        }
        if (CONFIG_NAME.matcher(name).matches()) {
            return Optional.of(SourceFile.Kind.CONFIG);
        }
        if (name.equals("persistence.xml") && file.getParent() != null
                && file.getParent().getFileName() != null
                && file.getParent().getFileName().toString().equals("META-INF")) {
            return Optional.of(SourceFile.Kind.CONFIG);
        }
        return Optional.empty();
    }

    public Result discover(List<Path> paths) throws IOException {
        Map<Path, SourceFile> files = new LinkedHashMap<>();
        List<Notice> notices = new ArrayList<>();
        for (Path start : paths) {
            Path absolute = start.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                throw new NoSuchFileException(start.toString(), null, "no such file or directory");
            }
            Files.walkFileTree(absolute, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Visitor(absolute, files, notices));
        }
        List<SourceFile> sorted = new ArrayList<>(files.values());
        sorted.sort(java.util.Comparator.comparing(SourceFile::relativePath));
        return new Result(sorted, notices);
    }

    String relative(Path file) {
        Path rel = file.startsWith(root) ? root.relativize(file) : file;
        return rel.toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private boolean excluded(Path file) {
        if (excludes.isEmpty()) {
            return false;
        }
        Path rel = file.startsWith(root) ? root.relativize(file) : file;
        return excludes.stream().anyMatch(m -> m.matches(rel));
    }

    private final class Visitor extends SimpleFileVisitor<Path> {
        private final Path start;
        private final Map<Path, SourceFile> files;
        private final List<Notice> notices;

        Visitor(Path start, Map<Path, SourceFile> files, List<Notice> notices) {
            this.start = start;
            this.files = files;
            this.notices = notices;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(start) && (SKIPPED_DIRECTORIES.contains(dir.getFileName().toString()) || excluded(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            Optional<SourceFile.Kind> kind = kindOf(file);
            if (kind.isEmpty() || excluded(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                notices.add(new Notice(relative(file), Notice.Kind.UNREADABLE, "broken symbolic link, skipped"));
            } else if (attrs.isRegularFile()) {
                files.putIfAbsent(file, new SourceFile(file, relative(file), kind.get()));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                notices.add(new Notice(relative(file), Notice.Kind.FILESYSTEM_LOOP,
                        "symbolic link loop, not followed"));
            } else {
                notices.add(new Notice(relative(file), Notice.Kind.UNREADABLE,
                        "cannot read: " + describe(e)));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    static String describe(IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : reason;
    }
}
