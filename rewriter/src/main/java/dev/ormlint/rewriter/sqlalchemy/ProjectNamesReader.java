package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.rewriter.sqlalchemy.SelectedEntities.ProjectNames;
import java.util.HashSet;
import java.util.Set;

/** Collects, from parsed files, the class, Table, aliased() and Flask-SQLAlchemy object names the migration reads. */
final class ProjectNamesReader {

    private final Set<String> classes = new HashSet<>();
    private final Set<String> tables = new HashSet<>();
    private final Set<String> aliases = new HashSet<>();
    private final Set<String> flaskObjects = new HashSet<>();

    void read(PyNode module) {
        module.walk(node -> {
            if (node.is("class_definition")) {
                node.child("name").ifPresent(n -> classes.add(n.text()));
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
        return new ProjectNames(classes, tables, aliases, flaskObjects);
    }

    private static String lastName(PyNode function) {
        if (function.is("identifier")) {
            return function.text();
        }
        return function.is("attribute") ? function.child("attribute").map(PyNode::text).orElse("") : "";
    }
}
