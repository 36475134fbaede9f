package dev.ormlint.errorprone;

import com.google.errorprone.fixes.SuggestedFix;
import dev.ormlint.analyzer.index.DeclarationParsing;
import dev.ormlint.analyzer.java.JavaParsing;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The imports a migration adds and removes, read by comparing a file's import declarations before
 * and after. Error Prone fixes change imports through its own import handling, not as text: so
 * that the "Did you mean" line javac prints is the first line of the rewritten query rather than
 * a line of the import block, and so that a patch orders imports as every Error Prone fix does
 * ({@code -XepPatchImportOrder}).
 */
record ImportChanges(Set<Import> added, Set<Import> removed) {

    /** One import declaration; {@code name} ends in {@code .*} for an on-demand import. */
    record Import(String name, boolean isStatic) {
    }

    static ImportChanges between(String before, String after) {
        Set<Import> old = imports(before);
        Set<Import> now = imports(after);
        Set<Import> added = new LinkedHashSet<>(now);
        added.removeAll(old);
        Set<Import> removed = new LinkedHashSet<>(old);
        removed.removeAll(now);
        return new ImportChanges(added, removed);
    }

    void addTo(SuggestedFix.Builder fix) {
        for (Import declaration : added) {
            if (declaration.isStatic()) {
                fix.addStaticImport(declaration.name());
            } else {
                fix.addImport(declaration.name());
            }
        }
        for (Import declaration : removed) {
            if (declaration.isStatic()) {
                fix.removeStaticImport(declaration.name());
            } else {
                fix.removeImport(declaration.name());
            }
        }
    }

    /** From the declaration skeleton: imports are all it needs, at a quarter of a full parse. */
    private static Set<Import> imports(String text) {
        JavaParsing.Parsed parsed = DeclarationParsing.parse(text);
        if (!parsed.ok()) {
            throw new IllegalStateException("cannot read the imports of a migrated file: " + parsed.problem());
        }
        Set<Import> imports = new LinkedHashSet<>();
        parsed.unit().getImports().forEach(i -> imports.add(
                new Import(i.getNameAsString() + (i.isAsterisk() ? ".*" : ""), i.isStatic())));
        return imports;
    }
}
