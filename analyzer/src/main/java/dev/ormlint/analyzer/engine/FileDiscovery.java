package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks the scanned paths and picks the files the rules read: Java and Python sources, the
 * persistence configuration files, and property files in resource folders. Build output, VCS,
 * virtual environment and dependency folders are skipped, as is anything an
 * {@code --exclude} glob matches ({@link ExcludePatterns}). Loops and broken links become notices.
 */
public final class FileDiscovery {

    private static final Set<String> SKIPPED_DIRECTORIES =
            Set.of(".git", ".hg", ".svn", "node_modules", "generated-sources", "generated-test-sources",
                    ".gradle", ".idea", "venv", ".venv", "site-packages", "__pycache__", ".tox");
    /**
     * Maven's, Gradle's and Python packaging's output folders. Also legal package names
     * ({@code com.acme.build}), so a folder below a {@code java} source folder is scanned whatever its name.
     */
    private static final Set<String> BUILD_OUTPUT_DIRECTORIES = Set.of("target", "build", "dist");
    private static final String SOURCE_FOLDER = "java";
    private static final String RESOURCE_FOLDER = "resources";
    private static final Pattern CONFIG_NAME = Pattern.compile(
            "(application|bootstrap)([-.][^/]*)?\\.(properties|ya?ml)|hibernate\\.cfg\\.xml|hibernate\\.properties");

    /** What discovery found: files to scan and the notices for those it could not take. */
    public record Result(List<SourceFile> files, List<Notice> notices) {
    }

    private final Path root;
    private final ExcludePatterns excludes;

    /** @throws IllegalArgumentException when an exclude glob is malformed */
    public FileDiscovery(Path root, List<String> excludeGlobs) {
        this.root = root.toAbsolutePath().normalize();
        this.excludes = new ExcludePatterns(excludeGlobs);
    }

    /** Classifies a file by name, or empty when no rule reads it. */
    public static Optional<SourceFile.Kind> kindOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".java")) {
            return Optional.of(SourceFile.Kind.JAVA);
        }
        if (name.endsWith(".py")) {
            return Optional.of(SourceFile.Kind.PYTHON);
        }
        if (CONFIG_NAME.matcher(name).matches()) {
            return Optional.of(SourceFile.Kind.CONFIG);
        }
        if (name.endsWith(".properties") && isInResourceFolder(file)) {
            return Optional.of(SourceFile.Kind.PROPERTY_RESOURCE);
        }
        if (name.equals("persistence.xml") && file.getParent() != null
                && file.getParent().getFileName() != null
                && file.getParent().getFileName().toString().equals("META-INF")) {
            return Optional.of(SourceFile.Kind.CONFIG);
        }
        return Optional.empty();
    }

    /** Maven's and Gradle's {@code src/<set>/resources} folders: what an application's class path holds. */
    private static boolean isInResourceFolder(Path file) {
        for (Path p = file.getParent(); p != null && p.getFileName() != null; p = p.getParent()) {
            if (p.getFileName().toString().equals(RESOURCE_FOLDER)) {
                return true;
            }
        }
        return false;
    }

    /** @throws NoSuchFileException when one of {@code paths} does not exist */
    public Result discover(List<Path> paths) throws IOException {
        Map<Path, SourceFile> files = new LinkedHashMap<>();
        List<Notice> notices = new ArrayList<>();
        for (Path start : paths) {
            Path absolute = start.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                throw new NoSuchFileException(start.toString(), null, "no such file or directory to scan");
            }
            Files.walkFileTree(absolute, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Visitor(absolute, files, notices));
        }
        List<SourceFile> sorted = new ArrayList<>(files.values());
        sorted.sort(Comparator.comparing(SourceFile::relativePath));
        return new Result(sorted, notices);
    }

    String relative(Path file) {
        Path rel = file.startsWith(root) ? root.relativize(file) : file;
        return rel.toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private boolean excluded(Path file) {
        return excludes.matches(relative(file));
    }

    private static boolean skipped(Path dir, Path start) {
        String name = dir.getFileName().toString();
        if (SKIPPED_DIRECTORIES.contains(name)) {
            return true;
        }
        if (!BUILD_OUTPUT_DIRECTORIES.contains(name)) {
            return false;
        }
        for (Path p = dir.getParent(); p != null && p.startsWith(start) && !p.equals(start); p = p.getParent()) {
            if (p.getFileName().toString().equals(SOURCE_FOLDER)) {
                return false;
            }
        }
        return true;
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
            if (!dir.equals(start) && (skipped(dir, start) || excluded(dir))) {
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

    /** Why a file could not be read, without the path (the notice names the file already). */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
