package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.ormlint.analyzer.TextEdit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The import edits of a migrated file: imports the new code needs are added after the last import;
 * legacy Criteria imports that only the migrated queries used are removed, as are other imports the
 * migrated code no longer uses. An import that was unused before the migration is not ours to remove.
 */
final class ImportFixer {

    private static final List<String> LEGACY_PREFIXES = List.of("org.hibernate.criterion.", "org.hibernate.sql.",
            "org.hibernate.transform.", "org.hibernate.Criteria");
    /** Methods of the legacy classes that a static import may bring in. */
    private static final Set<String> LEGACY_STATIC_NAMES = Set.of("eq", "ne", "gt", "ge", "lt", "le", "between",
            "like", "ilike", "isNull", "isNotNull", "isEmpty", "isNotEmpty", "in", "and", "or", "not", "conjunction",
            "disjunction", "eqProperty", "neProperty", "gtProperty", "geProperty", "ltProperty", "leProperty", "idEq",
            "allEq", "sqlRestriction", "sizeEq", "sizeNe", "sizeGt", "sizeGe", "sizeLt", "sizeLe", "eqOrIsNull",
            "neOrIsNotNull", "naturalId", "rowCount", "count", "countDistinct", "property", "groupProperty", "sum",
            "avg", "min", "max", "distinct", "projectionList", "id", "alias", "sqlProjection", "sqlGroupProjection",
            "asc", "desc", "forName", "propertyIn", "propertyNotIn", "exists", "notExists");
    private static final Set<String> LEGACY_TYPES = Set.of("Restrictions", "Projections", "Order", "MatchMode",
            "Criterion", "Disjunction", "Conjunction", "Junction", "DetachedCriteria", "Subqueries", "Property",
            "Example", "CriteriaSpecification", "Projection", "ProjectionList", "SimpleExpression", "LikeExpression");

    private final SourceText source;
    private final CompilationUnit original;
    private final List<TextEdit> replaced;

    /** @param replaced the query edits over {@code original}: legacy names inside them are all rewritten */
    ImportFixer(SourceText source, CompilationUnit original, List<TextEdit> replaced) {
        this.source = source;
        this.original = original;
        this.replaced = replaced;
    }

    static boolean isLegacy(ImportDeclaration declaration) {
        return LEGACY_PREFIXES.stream().anyMatch(declaration.getNameAsString()::startsWith);
    }

    /** Legacy imports that no code left outside the migrated queries needs. */
    Set<String> goingLegacyImports() {
        Set<String> going = new HashSet<>();
        Set<String> names = names(original, this::outsideEdits);
        Set<String> calls = unscopedCalls(original, this::outsideEdits);
        Set<String> namesBefore = names(original, n -> true);
        Set<String> callsBefore = unscopedCalls(original, n -> true);
        for (ImportDeclaration declaration : original.getImports()) {
            if (isLegacy(declaration) && uses(declaration, namesBefore, callsBefore) && !uses(declaration, names, calls)) {
                going.add(declaration.isAsterisk() ? declaration.getNameAsString() + ".*" : declaration.getNameAsString());
            }
        }
        return going;
    }

    /** @param migrated the file after the query edits, as parsed */
    List<TextEdit> edits(CompilationUnit migrated, Set<String> added) {
        Set<String> going = goingLegacyImports();
        Set<String> namesBefore = names(original, n -> true);
        Set<String> callsBefore = unscopedCalls(original, n -> true);
        Set<String> namesAfter = names(migrated, n -> true);
        Set<String> callsAfter = unscopedCalls(migrated, n -> true);
        List<TextEdit> edits = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (ImportDeclaration declaration : original.getImports()) {
            String key = declaration.isAsterisk() ? declaration.getNameAsString() + ".*" : declaration.getNameAsString();
            boolean obsolete = isLegacy(declaration) ? going.contains(key)
                    : uses(declaration, namesBefore, callsBefore) && !uses(declaration, namesAfter, callsAfter);
            if (obsolete) {
                edits.add(remove(declaration));
            } else if (!declaration.isStatic() && !declaration.isAsterisk()) {
                present.add(declaration.getNameAsString());
            }
        }
        edits = withoutDoubleBlankLines(edits);
        StringBuilder text = new StringBuilder();
        for (String name : added) {
            if (!present.contains(name)) {
                text.append("import ").append(name).append(";").append(source.lineSeparator());
            }
        }
        if (text.length() > 0) {
            edits.add(insertion(text.toString()));
        }
        return edits;
    }

    /** Joins adjacent removals; a removed group between two blank lines takes one of them along. */
    private List<TextEdit> withoutDoubleBlankLines(List<TextEdit> removals) {
        List<TextEdit> merged = new ArrayList<>();
        for (TextEdit edit : removals) {
            TextEdit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.endOffset() == edit.startOffset()) {
                merged.set(merged.size() - 1, new TextEdit(last.startOffset(), edit.endOffset(), ""));
            } else {
                merged.add(edit);
            }
        }
        List<TextEdit> result = new ArrayList<>();
        String text = source.text();
        for (TextEdit edit : merged) {
            boolean wholeLines = edit.startOffset() == source.lineStart(edit.startOffset()) && edit.endOffset() < text.length()
                    && edit.endOffset() == source.lineStart(edit.endOffset());
            boolean blankBefore = edit.startOffset() > 0
                    && text.substring(source.lineStart(edit.startOffset() - 1), edit.startOffset()).isBlank();
            int followingEnd = wholeLines ? source.nextLineStart(edit.endOffset()) : edit.endOffset();
            boolean blankAfter = wholeLines && text.substring(edit.endOffset(), followingEnd).isBlank();
            result.add(blankBefore && blankAfter ? new TextEdit(edit.startOffset(), followingEnd, "") : edit);
        }
        return result;
    }

    private static boolean uses(ImportDeclaration declaration, Set<String> names, Set<String> calls) {
        String name = declaration.getNameAsString();
        if (declaration.isStatic()) {
            Set<String> members = declaration.isAsterisk() ? LEGACY_STATIC_NAMES : Set.of(TypeNames.simple(name));
            return members.stream().anyMatch(calls::contains) || !declaration.isAsterisk() && names.contains(TypeNames.simple(name));
        }
        if (declaration.isAsterisk()) {
            return !name.equals("org.hibernate.criterion") || LEGACY_TYPES.stream().anyMatch(names::contains);
        }
        return names.contains(TypeNames.simple(name));
    }

    private boolean outsideEdits(Node node) {
        if (node.getRange().isEmpty()) {
            return true;
        }
        int start = source.start(node);
        return replaced.stream().noneMatch(e -> e.startOffset() <= start && start < e.endOffset());
    }

    private TextEdit remove(ImportDeclaration declaration) {
        if (source.startsLine(declaration) && source.endsLine(declaration)) {
            int start = source.start(declaration);
            return new TextEdit(source.lineStart(start), source.nextLineStart(source.end(declaration) - 1), "");
        }
        return new TextEdit(source.start(declaration), source.end(declaration), "");
    }

    private TextEdit insertion(String imports) {
        String separator = source.lineSeparator();
        if (!original.getImports().isEmpty()) {
            ImportDeclaration last = original.getImports().get(original.getImports().size() - 1);
            int at = source.nextLineStart(source.end(last) - 1);
            boolean atEnd = at == source.text().length() && !source.text().endsWith(separator);
            return new TextEdit(at, at, atEnd ? separator + imports : imports);
        }
        if (original.getPackageDeclaration().isPresent()) {
            int at = source.nextLineStart(source.end(original.getPackageDeclaration().get()) - 1);
            return new TextEdit(at, at, separator + imports);
        }
        return new TextEdit(0, 0, imports + separator);
    }

    /** Simple names the code refers to outside its imports: types, names in expressions, annotations. */
    private static Set<String> names(CompilationUnit unit, Predicate<Node> where) {
        Set<String> names = new HashSet<>();
        for (Node node : unit.findAll(Node.class, n -> n.findAncestor(ImportDeclaration.class).isEmpty()
                && !(n instanceof ImportDeclaration) && where.test(n))) {
            if (node instanceof ClassOrInterfaceType type) {
                names.add(outermost(type));
            } else if (node instanceof NameExpr name) {
                names.add(name.getNameAsString());
            } else if (node instanceof AnnotationExpr annotation) {
                names.add(annotation.getName().getIdentifier());
            }
        }
        return names;
    }

    private static String outermost(ClassOrInterfaceType type) {
        return type.getScope().map(ImportFixer::outermost).orElse(type.getNameAsString());
    }

    /** Names of calls without a receiver that the file does not declare itself: candidates for static imports. */
    private static Set<String> unscopedCalls(CompilationUnit unit, Predicate<Node> where) {
        Set<String> declared = new HashSet<>();
        unit.findAll(MethodDeclaration.class).forEach(m -> declared.add(m.getNameAsString()));
        Set<String> names = new HashSet<>();
        unit.findAll(MethodCallExpr.class, c -> c.getScope().isEmpty() && !declared.contains(c.getNameAsString()) && where.test(c))
                .forEach(c -> names.add(c.getNameAsString()));
        return names;
    }
}
