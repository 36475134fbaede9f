package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.python.PyNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The import edits that bring {@code select}, {@code func}, {@code delete} and {@code update} into a
 * file, in its own style: added to its {@code from sqlalchemy import ...} (in order when that list is
 * sorted, appended when not), or as a new such line before its first {@code from sqlalchemy.}
 * import or after its last import. A name the file already binds to something else would be
 * shadowed: then nothing is imported and the file's queries are left with that reason.
 */
final class SqlAlchemyImports {

    /** The edits, or the name that is taken. */
    record Plan(List<TextEdit> edits, Optional<String> taken) {
    }

    private SqlAlchemyImports() {
    }

    static Plan plan(PyNode module, Collection<String> needed) {
        Optional<PyNode> fromSqlAlchemy = topLevelImports(module).stream()
                .filter(i -> i.is("import_from_statement") && moduleName(i).equals("sqlalchemy"))
                .findFirst();
        Set<String> imported = new TreeSet<>();
        fromSqlAlchemy.ifPresent(i -> importedNames(i).forEach(n -> imported.add(boundName(n))));
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(imported);
        for (String name : missing) {
            if (bindsElsewhere(module, name)) {
                return new Plan(List.of(), Optional.of(name));
            }
        }
        if (missing.isEmpty()) {
            return new Plan(List.of(), Optional.empty());
        }
        return new Plan(fromSqlAlchemy.map(i -> addTo(i, missing)).orElseGet(() -> newLine(module, missing)), Optional.empty());
    }

    private static List<TextEdit> addTo(PyNode statement, Set<String> missing) {
        List<PyNode> names = importedNames(statement);
        List<String> texts = names.stream().map(PyNode::text).toList();
        boolean sorted = texts.equals(texts.stream().sorted().toList());
        List<TextEdit> edits = new ArrayList<>();
        PyNode last = names.get(names.size() - 1);
        for (String name : missing) {
            Optional<PyNode> before = sorted ? names.stream().filter(n -> n.text().compareTo(name) > 0).findFirst() : Optional.empty();
            edits.add(before.map(b -> new TextEdit(b.startIndex(), b.startIndex(), name + ", "))
                    .orElseGet(() -> new TextEdit(last.endIndex(), last.endIndex(), ", " + name)));
        }
        return edits;
    }

    private static List<TextEdit> newLine(PyNode module, Set<String> missing) {
        String line = "from sqlalchemy import " + String.join(", ", missing) + "\n";
        List<PyNode> imports = topLevelImports(module);
        Optional<PyNode> firstSubmodule = imports.stream()
                .filter(i -> i.is("import_from_statement") && moduleName(i).startsWith("sqlalchemy."))
                .findFirst();
        if (firstSubmodule.isPresent()) {
            int at = lineStart(module, firstSubmodule.get().startIndex());
            return List.of(new TextEdit(at, at, line));
        }
        if (!imports.isEmpty()) {
            int at = lineEnd(module, imports.get(imports.size() - 1).endIndex());
            boolean lastLineOpen = at == module.tree().source().length() && !module.tree().source().endsWith("\n");
            return List.of(new TextEdit(at, at, lastLineOpen ? "\n" + line.strip() : line));
        }
        int at = module.namedChildren().stream().filter(n -> !n.is("comment") && !isDocstring(n)).findFirst()
                .map(n -> lineStart(module, n.startIndex())).orElse(module.endIndex());
        // The file's first import: a blank line sets it apart from the code, as PEP 8 has it.
        return List.of(new TextEdit(at, at, line + "\n"));
    }

    private static List<PyNode> topLevelImports(PyNode module) {
        return module.namedChildren().stream()
                .filter(n -> n.is("import_statement") || n.is("import_from_statement") || n.is("future_import_statement"))
                .toList();
    }

    private static String moduleName(PyNode importFrom) {
        return importFrom.child("module_name").map(PyNode::text).orElse("");
    }

    private static List<PyNode> importedNames(PyNode importFrom) {
        return importFrom.children("name");
    }

    /** {@code select} for {@code select}, {@code sa_select} for {@code select as sa_select}. */
    private static String boundName(PyNode importedName) {
        if (importedName.is("aliased_import")) {
            return importedName.child("alias").map(PyNode::text).orElse("");
        }
        return importedName.text();
    }

    /** Whether anything in the file, other than its {@code from sqlalchemy import}, binds {@code name}. */
    private static boolean bindsElsewhere(PyNode module, String name) {
        boolean[] found = {false};
        module.walk(node -> {
            if (found[0]) {
                return;
            }
            if ((node.is("function_definition") || node.is("class_definition"))
                    && node.child("name").map(PyNode::text).filter(name::equals).isPresent()) {
                found[0] = true;
            } else if (node.is("identifier") && node.text().equals(name) && binds(node)) {
                found[0] = true;
            } else if (node.is("import_from_statement") && !moduleName(node).equals("sqlalchemy")
                    && importedNames(node).stream().anyMatch(n -> boundName(n).equals(name) || n.text().equals(name))) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** An identifier that is assigned to, a parameter, or a loop variable. */
    private static boolean binds(PyNode identifier) {
        Optional<PyNode> parent = identifier.parent();
        if (parent.isEmpty()) {
            return false;
        }
        PyNode up = parent.get();
        String field = identifier.field();
        return (up.is("assignment") || up.is("augmented_assignment") || up.is("for_statement") || up.is("for_in_clause"))
                        && "left".equals(field)
                || up.is("parameters") || up.is("default_parameter") && "name".equals(field)
                || up.is("typed_parameter") || up.is("typed_default_parameter") && "name".equals(field);
    }

    private static boolean isDocstring(PyNode node) {
        return node.is("expression_statement") && node.namedChildren().size() == 1 && node.namedChildren().get(0).is("string");
    }

    private static int lineStart(PyNode module, int index) {
        String text = module.tree().source();
        int at = index;
        while (at > 0 && text.charAt(at - 1) != '\n') {
            at--;
        }
        return at;
    }

    private static int lineEnd(PyNode module, int index) {
        String text = module.tree().source();
        int newline = text.indexOf('\n', index);
        return newline < 0 ? text.length() : newline + 1;
    }
}
