package dev.ormlint.analyzer.rule;

import dev.ormlint.analyzer.python.PyNode;
import java.util.Set;

/**
 * A check over Python sources. The engine parses each file once (tree-sitter) and calls
 * {@link #visit} for every node whose grammar type is one of {@link #nodeTypes()}, in source order.
 * Only files that import SQLAlchemy, Flask-SQLAlchemy or SQLModel, or a project module that does,
 * are dispatched to Python rules.
 */
public interface PythonRule extends Rule {

    /** The tree-sitter node types this rule is called for, e.g. {@code "call"}, {@code "for_statement"}. */
    Set<String> nodeTypes();

    void visit(PyNode node, PythonContext context);
}
