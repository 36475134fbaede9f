package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.TypeFacts;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entities saved one at a time inside a loop through the ORM ({@code Session}, {@code EntityManager},
 * a Spring Data repository), with no {@code flush()} + {@code clear()} in the loop to bound the
 * persistence context. Loops over a few literal elements or an enum's values are not bulk loads.
 */
@RuleInfo(
        summary = "Entities saved one by one in a loop through the ORM, with no flush-and-clear batching",
        severity = Severity.WARNING,
        tags = {"performance", "hibernate", "jpa", "spring-data"})
public final class EntityPersistLoop implements JavaRule {

    static final String SPRING_DATA_REPOSITORY = "org.springframework.data.repository.Repository";
    private static final List<MethodMatcher> SAVES = List.of(
            MethodMatcher.instanceMethod("org.hibernate.Session#save|persist|saveOrUpdate|merge(..)"),
            MethodMatcher.instanceMethod("jakarta.persistence.EntityManager#persist|merge(..)"),
            MethodMatcher.instanceMethod("javax.persistence.EntityManager#persist|merge(..)"),
            MethodMatcher.instanceMethod(SPRING_DATA_REPOSITORY + "#save|saveAndFlush|saveAll|saveAllAndFlush(..)"));
    /** Types whose {@code flush()} / {@code clear()} act on the persistence context the saves fill. */
    private static final List<String> PERSISTENCE_CONTEXTS = List.of(
            "org.hibernate.Session", "jakarta.persistence.EntityManager", "javax.persistence.EntityManager");
    private static final String JPA_REPOSITORY = "org.springframework.data.jpa.repository.JpaRepository";
    private static final String FIX = "Set hibernate.jdbc.batch_size (e.g. 50) and call flush() then clear() "
            + "every N entities inside the loop (IDENTITY ids disable insert batching); for bulk loads use a "
            + "StatelessSession (insert), JDBC addBatch/executeBatch or a jOOQ batch.";

    @Override
    public Set<String> triggers() {
        // "persist(" and "::persist", not "persist": that is in every entity's jakarta.persistence import.
        return Set.of("save", "persist(", "::persist", "merge");
    }

    @Override
    public Set<Class<? extends Node>> nodeTypes() {
        return Set.of(MethodCallExpr.class, MethodReferenceExpr.class);
    }

    @Override
    public void visit(Node node, JavaContext context) {
        TypeFacts types = context.types();
        Optional<Save> save = Save.of(node, types);
        if (save.isEmpty()) {
            return;
        }
        if (save.get().value().filter(value -> QueryResults.isLookup(value, types)).isPresent()) {
            return;
        }
        List<Loops.Loop> loops = Loops.enclosing(node, types).stream()
                .filter(loop -> !Loops.leavesAfter(node, loop) && !savesSameObject(loop, save.get()))
                .toList();
        if (loops.stream().allMatch(loop -> Loops.isBounded(loop, types))
                || loops.stream().anyMatch(loop -> flushesAndClears(loop, save.get(), types))
                || loops.stream().anyMatch(loop -> savesLoadedRow(loop, save.get(), types))) {
            return;
        }
        context.report(node, message(save.get(), types), FIX);
    }

    /**
     * One ORM save: {@code repository.save(p)}, or {@code repository::save} handed to a loop.
     *
     * @param receiver     the session, entity manager or repository expression
     * @param receiverType its type
     * @param method       the save method's name
     * @param value        what is saved, when the call shows it
     */
    private record Save(Expression receiver, TypeRef receiverType, String method, Optional<Expression> value) {

        static Optional<Save> of(Node node, TypeFacts types) {
            if (node instanceof MethodCallExpr call && call.getScope().isPresent()
                    && MethodMatcher.anyMatches(SAVES, call, types)) {
                Optional<Expression> value = call.getArguments().isEmpty() ? Optional.empty()
                        : Optional.of(call.getArgument(call.getArguments().size() - 1));
                return types.typeOf(call.getScope().get())
                        .map(type -> new Save(call.getScope().get(), type, call.getNameAsString(), value));
            }
            if (node instanceof MethodReferenceExpr reference && SAVES.stream().anyMatch(m -> m.matches(reference, types))) {
                return types.receiverType(reference)
                        .map(type -> new Save(reference.getScope(), type, reference.getIdentifier(), Optional.empty()));
            }
            return Optional.empty();
        }

        /** persist() and Session.save() insert; merge, saveOrUpdate and Spring Data's save may update instead. */
        boolean insertsOnly(TypeFacts types) {
            return method.equals("persist") || method.equals("save") && !throughRepository(types);
        }

        boolean throughRepository(TypeFacts types) {
            return types.index().isSubtype(receiverType, SPRING_DATA_REPOSITORY);
        }
    }

    /**
     * Whether the save hands over the same entity in every iteration, a variable the loop never sets
     * ({@code parent} saved once its children are done): that inserts one row at most. Not so for
     * {@code saveAll(chunk)}: the same list holds new entities each time.
     */
    private static boolean savesSameObject(Loops.Loop loop, Save save) {
        return !save.method().startsWith("saveAll") && save.value().filter(value -> value instanceof NameExpr name
                && !Locals.isSetWithin(loop.node(), name.getNameAsString())).isPresent();
    }

    /**
     * Whether the save writes back the row variable of a loop over a query result: the entity is
     * already managed, so the save inserts nothing (EntityUpdateLoop judges such loops).
     */
    private static boolean savesLoadedRow(Loops.Loop loop, Save save, TypeFacts types) {
        return loop.variable().isPresent() && loop.iterable().isPresent()
                && save.value().filter(v -> v instanceof NameExpr name
                        && name.getNameAsString().equals(loop.variable().get())).isPresent()
                && QueryResults.queryOf(loop.iterable().get(), types).isPresent();
    }

    /**
     * Whether the loop body flushes and clears the persistence context the saves go to: the same
     * session or entity manager, or for a repository, its own {@code flush()} or any session's, and
     * any session's {@code clear()} (repositories share the transaction's entity manager).
     */
    private static boolean flushesAndClears(Loops.Loop loop, Save save, TypeFacts types) {
        boolean repository = save.throughRepository(types);
        List<MethodCallExpr> calls = loop.body().findAll(MethodCallExpr.class,
                c -> c.getArguments().isEmpty() && c.getScope().isPresent());
        boolean flushes = calls.stream().anyMatch(c -> c.getNameAsString().equals("flush")
                && (repository ? isPersistenceContext(c.getScope().get(), types)
                        || types.isOfType(c.getScope().get(), JPA_REPOSITORY)
                        : sameReceiver(c.getScope().get(), save.receiver())));
        boolean clears = calls.stream().anyMatch(c -> c.getNameAsString().equals("clear")
                && (repository ? isPersistenceContext(c.getScope().get(), types)
                        : sameReceiver(c.getScope().get(), save.receiver())));
        return flushes && clears;
    }

    private static boolean isPersistenceContext(Expression expression, TypeFacts types) {
        return PERSISTENCE_CONTEXTS.stream().anyMatch(t -> types.isOfType(expression, t));
    }

    /** The same variable or the same call chain, {@code this.em} being {@code em}. */
    private static boolean sameReceiver(Expression a, Expression b) {
        return withoutThis(a).equals(withoutThis(b));
    }

    private static String withoutThis(Expression expression) {
        if (expression.isFieldAccessExpr() && expression.asFieldAccessExpr().getScope() instanceof ThisExpr) {
            return expression.asFieldAccessExpr().getNameAsString();
        }
        return expression.toString();
    }

    private static String message(Save save, TypeFacts types) {
        String entity = types.index().asSuper(save.receiverType(), SPRING_DATA_REPOSITORY)
                .filter(repository -> !repository.typeArguments().isEmpty())
                .map(repository -> repository.typeArguments().get(0))
                .or(() -> save.value().flatMap(types::typeOf))
                .filter(type -> Entities.isEntity(type, types.index()))
                .map(TypeRef::simpleName)
                .orElse("entity");
        String what = save.method().startsWith("saveAll") ? "a batch of " + entity + " entities" : "one " + entity;
        String statements = save.insertsOnly(types) ? "one INSERT" : "one INSERT or UPDATE";
        return save.receiverType().simpleName() + "." + save.method() + "(..) saves " + what
                + " per loop iteration with no flush()+clear() batching: " + statements + " per row and a persistence "
                + "context that grows until commit.";
    }
}
