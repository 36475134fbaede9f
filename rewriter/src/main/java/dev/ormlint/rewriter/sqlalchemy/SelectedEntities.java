package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a query of one mapped entity (objects come back) from a query of rows (columns, several
 * entities, a Core Table). The file's type facts ({@link PythonTypes}) decide first: a name that
 * resolves to a Table ({@code audit_log = Table(...)}, {@code Orders = Order.__table__}) selects rows,
 * one that resolves to a project class (declarative, Flask {@code db.Model}, or imperatively mapped,
 * which the facts do not see) selects objects. Where the facts say nothing (a star import, a name
 * bound in a way they do not follow), the names the project declares decide: classes,
 * {@code Table(...)} assignments, {@code aliased(...)} names, and {@code cls}. Anything else is unknown
 * and the query is left.
 */
final class SelectedEntities {

    private static final Pattern LOWER_CASE = Pattern.compile("_*[a-z][A-Za-z0-9_]*");

    private final ProjectNames names;
    private final PythonTypes types;

    SelectedEntities(ProjectNames names, PythonTypes types) {
        this.names = names;
        this.types = types;
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
        if (types.isTable(only)) {
            return Selection.ROWS;
        }
        if (types.isMappedClass(only) || types.isProjectClass(only)) {
            return Selection.ONE_ENTITY;
        }
        if (names.tables().contains(name)) {
            return Selection.ROWS;
        }
        // cls: a classmethod of a mapped class querying its own class.
        if (names.classes().contains(name) || names.aliases().contains(name) || only.text().equals("cls")) {
            return Selection.ONE_ENTITY;
        }
        // Customer.name: a lower-case attribute of a class is a column.
        return only.is("attribute") && LOWER_CASE.matcher(name).matches() ? Selection.ROWS : Selection.UNKNOWN;
    }

    /**
     * Names declared across the project's Python files.
     *
     * @param classes      class names
     * @param tables       names assigned {@code Table(...)}
     * @param aliases      names assigned {@code aliased(...)}
     * @param flaskObjects names assigned a Flask-SQLAlchemy object ({@code db = SQLAlchemy(app)}, or a subclass of it)
     * @param customQueryClass whether the project gives its sessions their own Query class
     *                     ({@code sessionmaker(query_cls=...)}): its methods may do what {@code select()} does not
     * @param customModelQuery models whose Flask-SQLAlchemy {@code Model.query} is of the project's own class
     *                     ({@code query_class = SearchQuery} in the class body); {@code *} for all of them
     *                     ({@code SQLAlchemy(query_class=...)})
     */
    record ProjectNames(Set<String> classes, Set<String> tables, Set<String> aliases, Set<String> flaskObjects,
                        boolean customQueryClass, Set<String> customModelQuery) {

        ProjectNames {
            classes = Set.copyOf(classes);
            tables = Set.copyOf(tables);
            aliases = Set.copyOf(aliases);
            flaskObjects = Set.copyOf(flaskObjects);
            customModelQuery = Set.copyOf(customModelQuery);
        }

        /** Whether {@code Model.query} of the model named {@code model} (its last dotted part) is a project Query class. */
        boolean customModelQuery(String model) {
            return customModelQuery.contains("*") || customModelQuery.contains(model.substring(model.lastIndexOf('.') + 1));
        }
    }
}
