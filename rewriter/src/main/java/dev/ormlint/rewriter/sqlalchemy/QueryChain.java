package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One legacy {@code Query} expression as written: its origin ({@code session.query(...)} or a local
 * variable holding one), the method calls chained on it in order, and how it ends.
 *
 * @param origin    the {@code session.query(...)} call, or the identifier of a variable holding a Query
 * @param steps     every chained method call after the origin, the terminal one included
 * @param subscript a {@code [i]} or {@code [a:b]} applied to the chain, if any
 * @param outermost the node of the whole expression (the subscript or the last call)
 */
record QueryChain(PyNode origin, List<Step> steps, Optional<PyNode> subscript, PyNode outermost) {

    /** Methods that end a chain by running it or by turning it into something else. */
    static final Set<String> TERMINALS = Set.of("all", "first", "one", "one_or_none", "scalar", "count", "get",
            "delete", "update", "subquery", "scalar_subquery", "exists", "cte");

    /**
     * A chained call: {@code .name(args)}.
     *
     * @param name      the method's identifier node
     * @param arguments its argument list
     * @param call      the whole call, from the chain's start to the closing parenthesis
     */
    record Step(PyNode name, PyNode arguments, PyNode call) {

        String method() {
            return name.text();
        }
    }

    Optional<Step> terminal() {
        if (subscript.isPresent() || steps.isEmpty()) {
            return Optional.empty();
        }
        Step last = steps.get(steps.size() - 1);
        return TERMINALS.contains(last.method()) ? Optional.of(last) : Optional.empty();
    }

    /** The steps that build the statement: all but the terminal one. */
    List<Step> building() {
        return terminal().isPresent() ? steps.subList(0, steps.size() - 1) : steps;
    }

    /**
     * Where the expression the terminal call or index applies to ends: after {@link #statementEnd()},
     * past the closing parenthesis, when the statement is parenthesized.
     */
    int runEnd() {
        if (subscript.isPresent()) {
            return subscript.get().child("value").orElseThrow().endIndex();
        }
        return terminal().map(t -> t.call().child("function").orElseThrow().child("object").orElseThrow().endIndex())
                .orElseGet(this::statementEnd);
    }

    /** Whether parentheses close between the statement and its terminal call or index. */
    boolean parenthesized() {
        return runEnd() != statementEnd();
    }

    /** Where the built statement's text ends: after its last building step, or after the origin. */
    int statementEnd() {
        List<Step> building = building();
        return building.isEmpty() ? origin.endIndex() : building.get(building.size() - 1).call().endIndex();
    }
}
