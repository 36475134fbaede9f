package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ormlint.analyzer.index.ProjectIndex;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How generated code names a type in one file: by its simple name when {@code java.lang}, already
 * imported, or importable without a clash (the import is then added), else fully qualified.
 */
final class TypeNames {

    private final String packageName;
    private final Map<String, String> taken = new HashMap<>();
    private final Set<String> added = new TreeSet<>();
    private final ProjectIndex index;
    private final Set<String> visiblePackages = new HashSet<>();

    /** @param going imports about to be removed, whose simple names become free */
    TypeNames(CompilationUnit unit, ProjectIndex index, Set<String> going) {
        this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        this.index = index;
        this.visiblePackages.add(packageName);
        for (ImportDeclaration i : unit.getImports()) {
            if (!i.isStatic() && !i.isAsterisk() && !going.contains(i.getNameAsString())) {
                taken.put(simple(i.getNameAsString()), i.getNameAsString());
            } else if (!i.isStatic() && i.isAsterisk() && !going.contains(i.getNameAsString() + ".*")) {
                visiblePackages.add(i.getNameAsString());
            }
        }
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            taken.putIfAbsent(type.getNameAsString(), type.getFullyQualifiedName().orElse(type.getNameAsString()));
        }
    }

    /** The name to write for {@code qualifiedName} (type arguments and array brackets kept as given). */
    String of(String qualifiedName) {
        String bare = qualifiedName.replace("[]", "");
        String brackets = qualifiedName.substring(bare.length());
        String simple = simple(bare);
        String owner = taken.get(simple);
        if (bare.equals(owner)) {
            return simple + brackets;
        }
        if (owner != null) {
            return qualifiedName;
        }
        if (bare.equals("java.lang." + simple) || bare.equals(packageName + "." + simple)) {
            return simple + brackets;
        }
        if (visiblePackages.stream().anyMatch(p -> index.type(p + "." + simple).isPresent())) {
            return qualifiedName;
        }
        taken.put(simple, bare);
        added.add(bare);
        return simple + brackets;
    }

    /** Imports the names given out need, sorted. */
    Set<String> addedImports() {
        return added;
    }

    static String simple(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
