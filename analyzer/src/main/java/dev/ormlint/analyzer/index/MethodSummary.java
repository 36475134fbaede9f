package dev.ormlint.analyzer.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one method of the scanned sources does with the ORM, composed through the project's own
 * calls ({@link ProjectIndex#summary}). Each fact carries its chain: the methods it goes through,
 * {@code Type.method} each, ending at the library call, e.g.
 * {@code [HibernateGenericStore.save, Session.save]}.
 *
 * @param persists    parameter index to the chain by which that parameter (or each of its elements)
 *                    reaches {@code Session.save/persist/saveOrUpdate/merge}, {@code EntityManager.persist/merge}
 *                    or a Spring Data {@code save*}
 * @param updates     parameter index to the chain by which that parameter (or each of its elements)
 *                    reaches a call that writes a loaded entity back ({@code Session.update/saveOrUpdate/merge},
 *                    {@code EntityManager.merge}, a Spring Data {@code save})
 * @param opens       the chain to a call that opens a new session, entity manager or JDBC connection;
 *                    empty when it opens none
 * @param returnsRows the chain to the query whose rows it returns ({@code list()}, {@code getResultList()},
 *                    a repository finder); empty when it returns none
 */
public record MethodSummary(Map<Integer, List<String>> persists, Map<Integer, List<String>> updates,
                            List<String> opens, List<String> returnsRows) {

    public static final MethodSummary NONE = new MethodSummary(Map.of(), Map.of(), List.of(), List.of());

    public MethodSummary {
        persists = Map.copyOf(persists);
        updates = Map.copyOf(updates);
        opens = List.copyOf(opens);
        returnsRows = List.copyOf(returnsRows);
    }

    /** The chain by which parameter {@code index} is persisted, if it is. */
    public Optional<List<String>> persistsParameter(int index) {
        return Optional.ofNullable(persists.get(index));
    }

    /** The chain by which parameter {@code index} is written back as a loaded entity, if it is. */
    public Optional<List<String>> updatesParameter(int index) {
        return Optional.ofNullable(updates.get(index));
    }

    public boolean opensConnection() {
        return !opens.isEmpty();
    }

    public boolean returnsQueryRows() {
        return !returnsRows.isEmpty();
    }
}
