package dev.ormlint.analyzer.rule;

import com.github.javaparser.ast.Node;
import java.util.Set;

/**
 * A check over Java sources. The engine parses each file once and calls {@link #visit} for every
 * node whose class is one of {@link #nodeTypes()}, in source order.
 */
public interface JavaRule extends Rule {

    /**
     * Strings of which a file must contain at least one for this rule to possibly report on it
     * (e.g. {@code "org.hibernate"}); files containing none are not dispatched to the rule. This is
     * the cheap per-file gate that keeps a scan close to the cost of parsing.
     */
    Set<String> triggers();

    /**
     * Qualified names of types whose subtypes declared in the scanned sources also trigger this
     * rule, by their simple names: a file that mentions {@code OrderDao}, a project interface
     * extending Spring Data's {@code Repository}, may call a repository whatever the interface is
     * called. Lets a rule keep narrow {@link #triggers()} without missing project-named types.
     */
    default Set<String> triggerTypes() {
        return Set.of();
    }

    /** The AST node classes this rule is called for. */
    Set<Class<? extends Node>> nodeTypes();

    void visit(Node node, JavaContext context);
}
