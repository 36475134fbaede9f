package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Method chains such as {@code session.execute(stmt).scalars().all()} and
 * {@code select(t).where(..).options(..)}: what a chain starts from once the calls of a given kind
 * are peeled off its end, and through local names ({@code stmt = select(t)} ... {@code stmt.where(..)}).
 */
final class Chains {

    /** Chained names that refine a statement or a legacy query and keep what it selects. */
    static final Set<String> REFINEMENTS = Set.of("where", "filter", "filter_by", "order_by", "group_by", "having",
            "join", "outerjoin", "join_from", "outerjoin_from", "options", "limit", "offset", "fetch", "distinct",
            "select_from", "execution_options", "correlate", "correlate_except", "with_for_update", "prefix_with",
            "suffix_with", "params", "set_label_style", "slice", "populate_existing", "enable_eagerloads");
    /** Methods of a result (or a legacy query) that still give its rows. */
    static final Set<String> ROW_METHODS = Set.of("all", "fetchall", "scalars", "unique", "yield_per", "mappings",
            "tuples");

    private static final int MAX_NAMES = 8;

    private Chains() {
    }

    /** A chain's start: {@code start} once calls named one of {@code peeled} are removed from its end. */
    record Start(PyNode node, List<String> peeled) {
    }

    /** Peels calls named one of {@code methods} off the end of {@code expression}. */
    static Start peel(PyNode expression, Set<String> methods) {
        List<String> peeled = new ArrayList<>();
        PyNode node = Calls.unwrapped(expression);
        while (true) {
            Optional<String> method = Calls.method(node).filter(methods::contains);
            Optional<PyNode> receiver = Calls.receiver(node);
            if (method.isEmpty() || receiver.isEmpty()) {
                return new Start(node, peeled);
            }
            peeled.add(method.get());
            node = Calls.unwrapped(receiver.get());
        }
    }

    /**
     * The expressions {@code expression} may stand for: itself, or, for a local name, each value it is
     * assigned (recursively, so {@code stmt = stmt.where(..)} leads back to the first assignment),
     * each peeled of {@code methods}. Empty when a name's value cannot be seen (a parameter, a loop
     * target) or the chain of names is too long.
     */
    static Optional<List<Start>> origins(PyNode expression, Set<String> methods) {
        List<Start> found = new ArrayList<>();
        return collect(expression, methods, found, 0) ? Optional.of(found) : Optional.empty();
    }

    private static boolean collect(PyNode expression, Set<String> methods, List<Start> found, int names) {
        Start start = peel(expression, methods);
        if (!start.node().is("identifier")) {
            found.add(start);
            return true;
        }
        if (names >= MAX_NAMES) {
            return false;
        }
        Optional<List<PyNode>> values = LocalValues.of(start.node());
        if (values.isEmpty() || values.get().isEmpty()) {
            return false;
        }
        for (PyNode value : values.get()) {
            if (value.startIndex() <= start.node().startIndex() && value.endIndex() >= start.node().endIndex()) {
                // `stmt = stmt.where(..)`: this use is inside the assignment; its earlier values are the origin.
                continue;
            }
            if (!collect(value, methods, found, names + 1)) {
                return false;
            }
        }
        return !found.isEmpty();
    }
}
