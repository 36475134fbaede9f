package dev.ormlint.analyzer.cache;

import dev.ormlint.analyzer.cache.CacheContents.CachedFile;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeInfo;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The declared types that differ between the index a cache was written for and this scan's. Only a
 * type named in a changed, added or deleted file can differ: an unchanged file declares what it
 * declared. For each such name the declaration that won then (the first in path order, as the index
 * takes it) is compared with the one that wins now.
 *
 * @param declarations names whose declaration changed, appeared or disappeared
 * @param existence    names that are declared now and were not, or the other way round
 */
record IndexChanges(Set<String> declarations, Set<String> existence) {

    /**
     * @param before   the cached files, in path order
     * @param gone     the cached files that are deleted or changed now
     * @param changed  this scan's index of the files that are new or changed
     * @param now      this scan's index
     */
    static IndexChanges between(List<CachedFile> before, Collection<CachedFile> gone, Collection<FileIndex> changed,
                                ProjectIndex now) {
        Set<String> touched = new HashSet<>();
        gone.forEach(f -> names(f.index(), touched));
        changed.forEach(index -> names(index, touched));
        Map<String, TypeInfo> declaredBefore = new HashMap<>();
        for (CachedFile file : before) {
            if (file.index() != null) {
                file.index().types().stream().filter(t -> touched.contains(t.qualifiedName()))
                        .forEach(t -> declaredBefore.putIfAbsent(t.qualifiedName(), t));
            }
        }
        Set<String> declarations = new HashSet<>();
        Set<String> existence = new HashSet<>();
        for (String name : touched) {
            TypeInfo then = declaredBefore.get(name);
            TypeInfo current = now.isDeclaredInSources(name) ? now.type(name).orElseThrow() : null;
            if (!Objects.equals(then, current)) {
                declarations.add(name);
            }
            if ((then == null) != (current == null)) {
                existence.add(name);
            }
        }
        return new IndexChanges(Set.copyOf(declarations), Set.copyOf(existence));
    }

    private static void names(FileIndex index, Set<String> into) {
        if (index != null) {
            index.types().forEach(t -> into.add(t.qualifiedName()));
        }
    }

    /** Whether a check that read these facts could find something else now. */
    boolean affect(Set<String> readDeclarations, Set<String> readExistence, boolean readEveryType) {
        if (readEveryType) {
            return !declarations.isEmpty();
        }
        // Few types change between two scans: look them up among the reads rather than the reverse.
        return declarations.stream().anyMatch(readDeclarations::contains)
                || existence.stream().anyMatch(readExistence::contains);
    }
}
