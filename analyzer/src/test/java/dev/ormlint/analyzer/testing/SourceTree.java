package dev.ormlint.analyzer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files of a test project under a root folder (usually a JUnit {@code @TempDir}). */
public final class SourceTree {

    private final Path root;

    private SourceTree(Path root) {
        this.root = root;
    }

    public static SourceTree at(Path root) {
        return new SourceTree(root);
    }

    public Path root() {
        return root;
    }

    /** Writes {@code text} as UTF-8 to {@code relativePath}, creating folders; returns the file. */
    public Path write(String relativePath, String text) {
        return write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String relativePath, byte[] content) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relativePath) {
        try {
            return Files.readString(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code relativePath} as a symbolic link to {@code target} (resolved against the link's folder). */
    public Path link(String relativePath, String target) {
        Path link = root.resolve(relativePath);
        try {
            Files.createDirectories(link.getParent());
            return Files.createSymbolicLink(link, Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path directory(String relativePath) {
        try {
            return Files.createDirectories(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
