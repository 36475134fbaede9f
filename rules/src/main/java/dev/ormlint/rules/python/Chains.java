package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Method chains such as {@code session.execute(stmt).scalars().all()} and
 * {@code select(t).where(..).options(..)}: what a chain starts from once the calls of a given kind
 * are peeled off its end, and through local names ({@code stmt = select(t)} ... {@code stmt.where(..)}).
 */
final class Chains {

    /** Chained calls that refine a statement or a legacy query and keep what it selects. */
    static final Predicate<PyNode> REFINEMENTS = call -> Calls.isMethodCall(call, Set.of("where", "filter",
            "filter_by", "order_by", "group_by", "having", "join", "outerjoin", "join_from", "outerjoin_from", "options",
            "limit", "offset", "fetch", "distinct", "select_from", "execution_options", "correlate", "correlate_except",
            "with_for_update", "prefix_with", "suffix_with", "params", "set_label_style", "slice", "populate_existing",
            "enable_eagerloads", "yield_per"));
    /**
     * Calls on a result (or a legacy query) that still give its rows: {@code result.scalars()},
     * {@code .all()}, without arguments, unlike {@code session.scalars(stmt)}, which executes one.
     */
    static final Predicate<PyNode> ROW_READS = call -> Calls.isMethodCall(call, Set.of("all", "fetchall", "scalars",
            "unique", "mappings", "tuples")) && Calls.positional(call).isEmpty();

    private static final int MAX_NAMES = 8;

    private Chains() {
    }

    /** A chain's start, once the calls {@code peeled} (outermost last) are removed from its end. */
    record Start(PyNode node, List<String> peeled) {
    }

    /** Peels the calls {@code peelable} accepts off the end of {@code expression}. */
    static Start peel(PyNode expression, Predicate<PyNode> peelable) {
        List<String> peeled = new ArrayList<>();
        PyNode node = Calls.unwrapped(expression);
        while (peelable.test(node) && Calls.receiver(node).isPresent()) {
            peeled.add(Calls.method(node).orElseThrow());
            node = Calls.unwrapped(Calls.receiver(node).get());
        }
        return new Start(node, peeled);
    }

    /**
     * The expressions {@code expression} may stand for: itself, or, for a local name, each value it is
     * assigned (recursively, so {@code stmt = stmt.where(..)} leads back to the first assignment),
     * each peeled. Empty when a name's value cannot be seen (a parameter, a loop target) or the chain
     * of names is too long.
     */
    static Optional<List<Start>> origins(PyNode expression, Predicate<PyNode> peelable) {
        List<Start> found = new ArrayList<>();
        return collect(expression, peelable, found, 0) ? Optional.of(found) : Optional.empty();
    }

    private static boolean collect(PyNode expression, Predicate<PyNode> peelable, List<Start> found, int names) {
        Start start = peel(expression, peelable);
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
        int before = found.size();
        for (PyNode value : values.get()) {
            if (Loops.contains(value, start.node())) {
                // `stmt = stmt.where(..)`: this use is inside the assignment; its earlier values are the origin.
                continue;
            }
            if (!collect(value, peelable, found, names + 1)) {
                return false;
            }
        }
        return found.size() > before;
    }
}
