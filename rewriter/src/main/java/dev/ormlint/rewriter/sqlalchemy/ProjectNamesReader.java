package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.rewriter.sqlalchemy.SelectedEntities.ProjectNames;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects, from parsed files, the class, Table, aliased() and Flask-SQLAlchemy object names the migration reads, and whether the project sets its own Query class. */
final class ProjectNamesReader {


    private final Set<String> classes = new HashSet<>();
    private final Set<String> tables = new HashSet<>();
    private final Set<String> aliases = new HashSet<>();
    private final Set<String> flaskObjects = new HashSet<>();
    private boolean customQueryClass;
    private final Set<String> customModelQuery = new HashSet<>();

    void read(PyNode module) {
        module.walk(node -> {
            if (node.is("keyword_argument")) {
                String keyword = node.child("name").map(PyNode::text).orElse("");
                customQueryClass |= keyword.equals("query_cls");
                if (keyword.equals("query_class")) {
                    customModelQuery.add("*");
                }
            }
            if (node.is("class_definition")) {
                node.child("name").ifPresent(n -> classes.add(n.text()));
                if (setsQueryClass(node)) {
                    node.child("name").ifPresent(n -> customModelQuery.add(n.text()));
                }
            } else if (node.is("assignment")) {
                node.child("left").filter(l -> l.is("identifier")).ifPresent(left ->
                        node.child("right").filter(r -> r.is("call")).flatMap(r -> r.child("function")).ifPresent(function -> {
                            String called = lastName(function);
                            if (called.equals("Table")) {
                                tables.add(left.text());
                            } else if (called.equals("aliased")) {
                                aliases.add(left.text());
                            } else if (called.endsWith("SQLAlchemy")) {
                                flaskObjects.add(left.text());
                            }
                        }));
            }
        });
    }

    ProjectNames names() {
        return new ProjectNames(classes, tables, aliases, flaskObjects, customQueryClass, customModelQuery);
    }

    /** {@code query_class = SearchQuery} among a class body's statements: Flask-SQLAlchemy's Model.query is of that class. */
    private static boolean setsQueryClass(PyNode classDefinition) {
        return classDefinition.child("body").map(PyNode::namedChildren).orElse(List.of()).stream()
                .filter(statement -> statement.is("expression_statement"))
                .flatMap(statement -> statement.namedChildren().stream())
                .anyMatch(a -> a.is("assignment") && a.child("left").map(PyNode::text).filter("query_class"::equals).isPresent());
    }

    private static String lastName(PyNode function) {
        if (function.is("identifier")) {
            return function.text();
        }
        return function.is("attribute") ? function.child("attribute").map(PyNode::text).orElse("") : "";
    }
}
