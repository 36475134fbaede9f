package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mapped class whose objects an iterable yields when it is an ORM query's result:
 * {@code session.scalars(select(X)..)}, {@code session.execute(select(X)).scalars()},
 * {@code session.query(X)..}, Flask-SQLAlchemy's {@code X.query..}, directly or through a local name.
 */
final class LoadedEntities {

    private static final Set<String> EXECUTES = Set.of("execute", "scalars");

    private LoadedEntities() {
    }

    /** The class, as written in the query ({@code Ticket}). */
    static Optional<String> of(PyNode iterable, PythonTypes types) {
        Optional<List<Chains.Start>> origins = Chains.origins(iterable, Chains.ROW_READS);
        if (origins.isEmpty()) {
            return Optional.empty();
        }
        String agreed = null;
        for (Chains.Start origin : origins.get()) {
            Optional<String> entity = entity(origin, types);
            if (entity.isEmpty() || (agreed != null && !agreed.equals(entity.get()))) {
                return Optional.empty();
            }
            agreed = entity.get();
        }
        return Optional.ofNullable(agreed);
    }

    private static Optional<String> entity(Chains.Start origin, PythonTypes types) {
        PyNode node = origin.node();
        Optional<String> method = Calls.method(node).filter(EXECUTES::contains);
        if (method.isPresent()) {
            boolean objects = method.get().equals("scalars") || origin.peeled().contains("scalars");
            boolean onSession = Calls.receiver(node).filter(r -> Sessions.isSession(r, types)).isPresent();
            return objects && onSession
                    ? Calls.firstArgument(node).flatMap(stmt -> Selects.entityOf(stmt, types)).map(PyNode::text)
                    : Optional.empty();
        }
        return legacyQuery(Chains.peel(node, Chains.REFINEMENTS).node(), types);
    }

    /** {@code session.query(X)} or {@code X.query}, the start of a legacy query of one mapped class. */
    private static Optional<String> legacyQuery(PyNode start, PythonTypes types) {
        if (Calls.isMethodCall(start, Set.of("query")) && Calls.receiver(start).filter(r -> Sessions.isSession(r, types)).isPresent()) {
            List<PyNode> entities = Calls.positional(start);
            return entities.size() == 1 && types.isMappedClass(entities.get(0))
                    ? Optional.of(entities.get(0).text()) : Optional.empty();
        }
        if (start.is("attribute") && start.child("attribute").filter(a -> a.text().equals("query")).isPresent()) {
            return start.child("object").filter(types::isMappedClass).map(PyNode::text);
        }
        return Optional.empty();
    }
}
