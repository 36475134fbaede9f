package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.python.SqlAlchemyApi;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The import edits that bring {@code select}, {@code func}, {@code delete} and {@code update} into a
 * file, in its own style: added to its {@code from sqlalchemy import ...} (in order when that list is
 * sorted, appended when not), or as a new such line before its first {@code from sqlalchemy.}
 * import or after its last import. A name the file already binds to something else (a
 * {@code def delete(...)}) is imported as {@code sql_<name>}, and the migration writes that.
 */
final class SqlAlchemyImports {

    private static final List<String> WRITTEN = List.of("delete", "func", "select", "update");
    private static final String ALIAS_PREFIX = "sql_";

    private SqlAlchemyImports() {
    }

    /** How the migration spells each name in this file; {@code flaskObjects} are the project's Flask-SQLAlchemy object names. */
    static Spelling spelling(PyNode module, Set<String> flaskObjects, PythonTypes types) {
        Map<String, String> aliases = new HashMap<>();
        for (String name : WRITTEN) {
            if (!importedFromSqlAlchemy(module, name) && bindsElsewhere(module, name)) {
                aliases.put(name, ALIAS_PREFIX + name);
            }
        }
        Optional<String> session = flaskSession(flaskObjects, types);
        if (session.isPresent()) {
            return new Spelling(aliases, session, Optional.empty());
        }
        Optional<TextEdit> flaskImport = flaskImport(module, flaskObjects, types);
        return new Spelling(aliases, flaskImport.map(edit -> edit.replacement().substring(2) + ".session"), flaskImport);
    }

    /**
     * {@code db.session} where the file binds the project's Flask-SQLAlchemy object at its top level,
     * else {@code models.db.session} where it imports a module that does ({@code from redash import
     * models}): the facts confirm that the name is that object.
     */
    private static Optional<String> flaskSession(Set<String> flaskObjects, PythonTypes types) {
        List<String> candidates = new ArrayList<>(flaskObjects.stream().sorted().toList());
        types.module().scope().imports().keySet().stream().sorted()
                .forEach(imported -> flaskObjects.stream().sorted().forEach(name -> candidates.add(imported + "." + name)));
        return candidates.stream()
                .filter(name -> types.typeOfTopLevel(name).filter(SqlAlchemyApi.FLASK_SQLALCHEMY::equals).isPresent())
                .findFirst().map(name -> name + ".session");
    }

    /**
     * {@code from app.models import User} where {@code app.models} also has the Flask-SQLAlchemy
     * object {@code db}: the edit that adds {@code db} to that import, when the file names nothing
     * {@code db} yet (a parameter or local of that name would take the session's place; {@code app.db}
     * is an attribute, not a name).
     */
    private static Optional<TextEdit> flaskImport(PyNode module, Set<String> flaskObjects, PythonTypes types) {
        for (PyNode statement : topLevelImports(module)) {
            String from = moduleName(statement);
            List<PyNode> names = importedNames(statement);
            if (!statement.is("import_from_statement") || from.startsWith(".") || names.isEmpty()) {
                continue;
            }
            for (String name : flaskObjects.stream().sorted().toList()) {
                if (!namesAnything(module, name) && types.typeOfQualified(from + "." + name).filter(SqlAlchemyApi.FLASK_SQLALCHEMY::equals).isPresent()) {
                    int at = names.get(names.size() - 1).endIndex();
                    return Optional.of(new TextEdit(at, at, ", " + name));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} is used as a name anywhere in the file: bound, read, or a parameter. */
    private static boolean namesAnything(PyNode module, String name) {
        return module.findAll("identifier").stream().anyMatch(identifier -> identifier.text().equals(name)
                && identifier.parent().filter(p -> p.is("attribute") && "attribute".equals(identifier.field())
                        || p.is("keyword_argument") && "name".equals(identifier.field())).isEmpty());
    }

    /** The import edits for the names the migrated queries use. */
    static List<TextEdit> edits(PyNode module, Collection<String> needed, Spelling spelling) {
        Set<String> missing = new TreeSet<>();
        for (String name : needed) {
            boolean plain = spelling.of(name).equals(name);
            if (!(plain && importedFromSqlAlchemy(module, name))) {
                missing.add(plain ? name : name + " as " + spelling.of(name));
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        Optional<PyNode> fromSqlAlchemy = topLevelImports(module).stream()
                .filter(i -> i.is("import_from_statement") && moduleName(i).equals("sqlalchemy"))
                .filter(i -> !importedNames(i).isEmpty())
                .findFirst();
        return fromSqlAlchemy.map(i -> addTo(i, missing)).orElseGet(() -> newLine(module, missing));
    }

    /** Whether an import from sqlalchemy or one of its modules binds {@code name} to sqlalchemy's own. */
    private static boolean importedFromSqlAlchemy(PyNode module, String name) {
        return module.findAll("import_from_statement").stream()
                .filter(i -> isSqlAlchemyModule(moduleName(i)))
                .flatMap(i -> importedNames(i).stream())
                .anyMatch(n -> n.text().equals(name));
    }

    private static boolean isSqlAlchemyModule(String dotted) {
        return dotted.equals("sqlalchemy") || dotted.startsWith("sqlalchemy.");
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

    /** {@code select} for {@code select}, {@code sql_select} for {@code select as sql_select}. */
    private static String boundName(PyNode importedName) {
        if (importedName.is("aliased_import")) {
            return importedName.child("alias").map(PyNode::text).orElse("");
        }
        return importedName.text();
    }

    /** Whether anything in the file, other than an import from sqlalchemy, binds {@code name}. */
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
            } else if (node.is("import_from_statement") && !isSqlAlchemyModule(moduleName(node))
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
