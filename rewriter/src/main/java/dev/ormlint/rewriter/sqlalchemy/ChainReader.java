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

    /** The positional and keyword arguments of an argument list, comments left out. */
    static List<PyNode> arguments(PyNode argumentList) {
        return argumentList.namedChildren().stream().filter(n -> !n.is("comment")).toList();
    }
}
