package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the chain of method calls hung on a Query origin, walking up the tree from it. */
final class ChainReader {

    private ChainReader() {
    }

    static QueryChain from(PyNode origin) {
        List<QueryChain.Step> steps = new ArrayList<>();
        PyNode current = origin;
        Optional<PyNode> subscript = Optional.empty();
        while (true) {
            Optional<PyNode> parent = current.parent();
            if (parent.isEmpty()) {
                break;
            }
            PyNode up = parent.get();
            if (up.is("attribute") && "object".equals(current.field())) {
                Optional<PyNode> call = up.parent().filter(c -> c.is("call") && "function".equals(up.field()));
                Optional<PyNode> name = up.child("attribute");
                Optional<PyNode> arguments = call.flatMap(c -> c.child("arguments")).filter(a -> a.is("argument_list"));
                if (call.isEmpty() || name.isEmpty() || arguments.isEmpty()) {
                    break; // an attribute read (.statement, .whereclause): the chain ends before it
                }
                steps.add(new QueryChain.Step(name.get(), arguments.get(), call.get()));
                current = call.get();
                if (QueryChain.TERMINALS.contains(name.get().text())) {
                    break; // q.first().to_dict(): what the terminal returned is not the Query's
                }
                continue;
            }
            if (up.is("parenthesized_expression") && up.namedChildren().size() == 1 && endsThere(up)) {
                current = up; // (session.query(X).filter(...)).one_or_none(): the parentheses end the statement
                continue;
            }
            if (up.is("subscript") && "value".equals(current.field())) {
                subscript = Optional.of(up);
                current = up;
            }
            break;
        }
        return new QueryChain(origin, steps, subscript, current);
    }

    /**
     * Whether parentheses around the statement are followed by its terminal call or an index: the
     * statement's clauses all sit inside them, so its run closes inside them too.
     */
    private static boolean endsThere(PyNode parentheses) {
        Optional<PyNode> up = parentheses.parent();
        if (up.isEmpty()) {
            return false;
        }
        if (up.get().is("subscript")) {
            return "value".equals(parentheses.field());
        }
        return up.get().is("attribute") && "object".equals(parentheses.field())
                && up.get().child("attribute").map(PyNode::text).filter(QueryChain.TERMINALS::contains).isPresent()
                && up.get().parent().filter(c -> c.is("call") && "function".equals(up.get().field())).isPresent();
    }

    /** The positional and keyword arguments of an argument list, comments left out. */
    static List<PyNode> arguments(PyNode argumentList) {
        return argumentList.namedChildren().stream().filter(n -> !n.is("comment")).toList();
    }
}
