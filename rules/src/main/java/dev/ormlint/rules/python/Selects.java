package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code select(...)} calls a statement expression was built from. */
final class Selects {

    static final String SELECT = "sqlalchemy.select";

    private Selects() {
    }

    /**
     * The {@code sqlalchemy.select(...)} calls {@code statement} starts from, through refining methods
     * ({@code where}, {@code order_by}, ...) and local names; empty unless every origin is one.
     */
    static Optional<List<PyNode>> of(PyNode statement, PythonTypes types) {
        Optional<List<Chains.Start>> origins = Chains.origins(statement, Chains.REFINEMENTS);
        if (origins.isEmpty()) {
            return Optional.empty();
        }
        List<PyNode> selects = new ArrayList<>();
        for (Chains.Start origin : origins.get()) {
            PyNode node = origin.node();
            boolean isSelect = node.is("call") && Calls.callee(node).flatMap(types::qualifiedName)
                    .filter(SELECT::equals).isPresent();
            if (!isSelect) {
                return Optional.empty();
            }
            selects.add(node);
        }
        return Optional.of(selects);
    }

    /** The one mapped class every select of {@code statement} selects, alone: {@code select(Ticket).where(..)}. */
    static Optional<PyNode> entityOf(PyNode statement, PythonTypes types) {
        return of(statement, types).flatMap(selects -> {
            PyNode entity = null;
            for (PyNode select : selects) {
                List<PyNode> columns = Calls.positional(select);
                if (columns.size() != 1 || !types.isMappedClass(columns.get(0))
                        || (entity != null && !entity.text().equals(columns.get(0).text()))) {
                    return Optional.empty();
                }
                entity = columns.get(0);
            }
            return Optional.ofNullable(entity);
        });
    }
}
