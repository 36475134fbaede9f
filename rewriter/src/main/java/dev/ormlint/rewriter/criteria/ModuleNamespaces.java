package dev.ormlint.rewriter.criteria;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The persistence namespace each module of a migration already uses, from the imports of its Java
 * files: {@code javax} where some file imports {@code javax.persistence} and none
 * {@code jakarta.persistence}, else {@code jakarta}. A module is the nearest directory with a
 * {@code pom.xml} or {@code build.gradle[.kts]}, else the migration's root.
 */
final class ModuleNamespaces {

    private static final Pattern JAVAX = Pattern.compile("^\\s*import\\s+(static\\s+)?javax\\.persistence\\.", Pattern.MULTILINE);
    private static final Pattern JAKARTA = Pattern.compile("^\\s*import\\s+(static\\s+)?jakarta\\.persistence\\.", Pattern.MULTILINE);
    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");

    /** Per module: [files importing javax.persistence, files importing jakarta.persistence]. */
    private final Map<Path, int[]> imports = new HashMap<>();
    private final Map<Path, Path> moduleOfDirectory = new HashMap<>();
    private final Path root;
    private final PersistenceNamespace chosen;

    /** @param chosen AUTO to decide per module, else the namespace of every file */
    ModuleNamespaces(Path root, PersistenceNamespace chosen) {
        this.root = root.toAbsolutePath().normalize();
        this.chosen = chosen;
    }

    /** Called from the first pass's threads. */
    synchronized void add(Path file, String text) {
        if (chosen != PersistenceNamespace.AUTO) {
            return;
        }
        int[] counts = imports.computeIfAbsent(module(file), m -> new int[2]);
        counts[0] += JAVAX.matcher(text).find() ? 1 : 0;
        counts[1] += JAKARTA.matcher(text).find() ? 1 : 0;
    }

    synchronized PersistenceNamespace of(Path file) {
        if (chosen != PersistenceNamespace.AUTO) {
            return chosen;
        }
        return decide(imports.getOrDefault(module(file), new int[2]));
    }

    /** The namespace of sources given as texts (a compiler plugin's compilation). */
    static PersistenceNamespace of(Iterable<String> texts) {
        int[] counts = new int[2];
        for (String text : texts) {
            counts[0] += JAVAX.matcher(text).find() ? 1 : 0;
            counts[1] += JAKARTA.matcher(text).find() ? 1 : 0;
        }
        return decide(counts);
    }

    private static PersistenceNamespace decide(int[] counts) {
        return counts[0] > 0 && counts[1] == 0 ? PersistenceNamespace.JAVAX : PersistenceNamespace.JAKARTA;
    }

    private Path module(Path file) {
        Path directory = file.toAbsolutePath().normalize().getParent();
        return directory == null ? root : moduleOfDirectory.computeIfAbsent(directory, this::moduleOf);
    }

    private Path moduleOf(Path directory) {
        for (Path d = directory; d != null && d.startsWith(root); d = d.getParent()) {
            Path candidate = d;
            if (BUILD_FILES.stream().anyMatch(name -> Files.isRegularFile(candidate.resolve(name)))) {
                return d;
            }
        }
        return root;
    }
}
