package dev.ormlint.analyzer.cache;

import dev.ormlint.analyzer.cache.CacheContents.CachedFile;
import dev.ormlint.analyzer.cache.CacheContents.CallerRead;
import dev.ormlint.analyzer.cache.CacheContents.Reads;
import dev.ormlint.analyzer.cache.CacheContents.SummaryRead;
import dev.ormlint.analyzer.index.IndexReads.SummaryLookup;
import dev.ormlint.analyzer.index.MethodBody;
import dev.ormlint.analyzer.index.MethodInfo;
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
 * How the index a cache was written for differs from this scan's. Only a type named in a changed,
 * added or deleted file can differ: an unchanged file declares what it declared. For each such
 * name the declaration that won then (the first in path order, as the index takes it) is compared
 * with the one that wins now, first without its method bodies (what a check reads of it), then the
 * bodies, which only summaries and callers read: a check that asked those is valid while it would
 * get the same answers ({@link #affect}).
 *
 * @param declarations names whose declaration (bodies aside) changed, appeared or disappeared
 * @param existence    names that are declared now and were not, or the other way round
 * @param bodyReaders  names of the methods whose summaries and callers may read a body that changed
 *                     in a declaration that is otherwise the same: those methods, and their callers
 * @param now          this scan's index, which answers the summary and caller questions again
 */
record IndexChanges(Set<String> declarations, Set<String> existence, Set<String> bodyReaders, ProjectIndex now) {

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
        Set<String> bodies = new HashSet<>();
        for (String name : touched) {
            TypeInfo then = declaredBefore.get(name);
            TypeInfo current = now.isDeclaredInSources(name) ? now.type(name).orElseThrow() : null;
            if (Objects.equals(then, current)) {
                continue;
            }
            if (then == null || current == null || !withoutBodies(then).equals(withoutBodies(current))) {
                declarations.add(name);
            } else {
                changedBodies(then, current, bodies);
            }
            if ((then == null) != (current == null)) {
                existence.add(name);
            }
        }
        return new IndexChanges(Set.copyOf(declarations), Set.copyOf(existence),
                bodies.isEmpty() ? Set.of() : now.dependingOnBodiesOf(bodies), now);
    }

    private static void names(FileIndex index, Set<String> into) {
        if (index != null) {
            index.types().forEach(t -> into.add(t.qualifiedName()));
        }
    }

    /** The declaration as checks read it. */
    private static TypeInfo withoutBodies(TypeInfo type) {
        Map<String, List<MethodInfo>> methods = new HashMap<>();
        type.methods().forEach((name, overloads) -> methods.put(name, overloads.stream()
                .map(m -> new MethodInfo(m.name(), m.parameterTypes(), m.returnType(), m.varArgs(), m.annotations(),
                        MethodBody.NONE))
                .toList()));
        return new TypeInfo(type.qualifiedName(), type.kind(), type.path(), type.scope(), type.typeParameters(),
                type.supertypes(), type.annotations(), type.fields(), methods, type.enumConstants());
    }

    /** Adds the names of the methods whose bodies differ; the two declarations are the same otherwise. */
    private static void changedBodies(TypeInfo then, TypeInfo now, Set<String> into) {
        then.methods().forEach((name, overloads) -> {
            if (!overloads.equals(now.methods().get(name))) {
                into.add(name);
            }
        });
    }

    /** Whether a check that read these facts could find something else now. */
    boolean affect(Reads reads) {
        if (declarations.isEmpty() && bodyReaders.isEmpty()) {
            return false;
        }
        if (reads.everyType() && !declarations.isEmpty()) {
            return true;
        }
        // Few types change between two scans: look them up among the reads rather than the reverse.
        if (declarations.stream().anyMatch(reads.declarations()::contains)
                || existence.stream().anyMatch(reads.existence()::contains)) {
            return true;
        }
        return reads.callers().stream().anyMatch(this::answersOtherwise)
                || reads.summaries().stream().anyMatch(this::answersOtherwise);
    }

    /** Callers are found through bodies (and declarations that come and go): see {@link #mayAnswerOtherwise}. */
    private boolean answersOtherwise(CallerRead read) {
        return mayAnswerOtherwise(read.lookup().method())
                && now.isCaller(read.lookup().trigger(), read.lookup().method()) != read.answer();
    }

    private boolean answersOtherwise(SummaryRead read) {
        SummaryLookup lookup = read.lookup();
        return mayAnswerOtherwise(lookup.method())
                && SummaryRead.fingerprint(now.summary(lookup.receiver(), lookup.method(), lookup.argumentCount()))
                != read.answer();
    }

    /**
     * A question about a method can get another answer after any declaration changed (which method
     * a call picks), or after the bodies it may read changed: only methods in {@link #bodyReaders}
     * are asked again then.
     */
    private boolean mayAnswerOtherwise(String method) {
        return !declarations.isEmpty() || bodyReaders.contains(method);
    }
}
