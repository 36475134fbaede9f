package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a query of one mapped entity (objects come back) from a query of rows (columns, several
 * entities, a Core Table), from the names the project declares: classes, {@code Table(...)}
 * assignments, {@code aliased(...)} names, and {@code cls}. A name declared nowhere in the project is taken as a class
 * when it is written in CapWords (PEP 8's class names), and is otherwise unknown.
 */
final class SelectedEntities {

    private static final Pattern CAP_WORDS = Pattern.compile("_?[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*");

    private final ProjectNames names;

    SelectedEntities(ProjectNames names) {
        this.names = names;
    }

    ProjectNames names() {
        return names;
    }

    Selection classify(List<PyNode> selected) {
        if (selected.size() != 1) {
            return Selection.ROWS;
        }
        PyNode only = selected.get(0);
        String name;
        if (only.is("identifier")) {
            name = only.text();
        } else if (only.is("attribute")) {
            name = only.child("attribute").map(PyNode::text).orElse("");
        } else {
            return Selection.ROWS; // func.count(...), literal_column(...), an expression
        }
        if (names.tables().contains(name)) {
            return Selection.ROWS;
        }
        // cls: a classmethod of a mapped class querying its own class.
        if (names.classes().contains(name) || names.aliases().contains(name) || only.text().equals("cls")) {
            return Selection.ONE_ENTITY;
        }
        if (CAP_WORDS.matcher(name).matches()) {
            return Selection.ONE_ENTITY;
        }
        // Customer.name: a lower-case attribute of a class is a column.
        return only.is("attribute") ? Selection.ROWS : Selection.UNKNOWN;
    }

    /** Names declared across the project's Python files. */
    /**
     * @param flaskObjects names assigned a Flask-SQLAlchemy object ({@code db = SQLAlchemy(app)}, or a subclass of it)
     */
    record ProjectNames(Set<String> classes, Set<String> tables, Set<String> aliases, Set<String> flaskObjects) {

        ProjectNames {
            classes = Set.copyOf(classes);
            tables = Set.copyOf(tables);
            aliases = Set.copyOf(aliases);
            flaskObjects = Set.copyOf(flaskObjects);
        }
    }
}
