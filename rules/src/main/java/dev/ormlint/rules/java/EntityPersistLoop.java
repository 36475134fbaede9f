package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.index.CallTrigger;
import dev.ormlint.analyzer.index.MethodSummary;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.OrmCalls;
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
    private static final List<MethodMatcher> SAVES = OrmCalls.SAVES;
    /** Types whose {@code flush()} / {@code clear()} act on the persistence context the saves fill. */
    private static final List<String> PERSISTENCE_CONTEXTS = List.of(
            "org.hibernate.Session", "jakarta.persistence.EntityManager", "javax.persistence.EntityManager");
    /**
     * A project method that hands one of its parameters on to one of these may save it: only calls of
     * methods so named are summarised (the files they are in mention "save" or "merge" in practice).
     */
    private static final CallTrigger PROJECT_SAVES = new CallTrigger(
            Set.of("save", "persist", "saveOrUpdate", "merge", "saveAndFlush", "saveAll", "saveAllAndFlush"),
            CallTrigger.Flow.ARGUMENT);
    /** Spring Batch's chunk of items, before and after version 6 moved it. */
    private static final List<String> BATCH_CHUNKS = List.of(
            "org.springframework.batch.item.Chunk", "org.springframework.batch.infrastructure.item.Chunk");
    private static final String UNKNOWN_SIZE = " Whether that is a bulk load depends on how many elements the loop "
            + "gets, which the code here does not show.";
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
        List<Loops.Loop> around = Loops.enclosing(node, types);
        if (around.isEmpty()) {
            return;
        }
        Optional<Save> save = Save.of(node, types);
        if (save.isEmpty()) {
            return;
        }
        if (save.get().value().filter(value -> QueryResults.isLookup(value, types)).isPresent()) {
            return;
        }
        List<Loops.Loop> loops = around.stream()
                .filter(loop -> !Loops.leavesAfter(node, loop) && !savesSameObject(loop, save.get()))
                .toList();
        LoopSizes.Size size = LoopSizes.of(loops, types);
        if (size == LoopSizes.Size.SMALL
                || loops.stream().anyMatch(loop -> flushesAndClears(loop, save.get(), types))
                || loops.stream().anyMatch(loop -> savesLoadedRow(loop, save.get(), types))
                || loops.stream().anyMatch(loop -> bumpsVersion(loop, save.get()))
                || mergesToRemove(save.get())
                || loops.stream().anyMatch(loop -> isChunkFlushedAfter(loop, types))) {
            return;
        }
        if (size == LoopSizes.Size.UNKNOWN && TestSources.contains(context.path())) {
            // A test's loops make the fixtures it needs, of a size the test chooses.
            return;
        }
        if (size == LoopSizes.Size.BULK) {
            context.report(node, message(save.get(), types), FIX);
        } else {
            context.report(node, Severity.INFO, message(save.get(), types) + UNKNOWN_SIZE, FIX, List.of());
        }
    }

    /**
     * One ORM save: {@code repository.save(p)}, {@code repository::save} handed to a loop, or a call
     * of a project method that saves its argument ({@code validationResultStore.save(r)}).
     *
     * @param call         the call or method reference
     * @param receiver     the session, entity manager, repository or project object expression
     * @param receiverType its type
     * @param method       the called method's name
     * @param value        what is saved, when the call shows it
     * @param chain        for a project method, the methods it goes through to the ORM's save, that last
     */
    private record Save(Node call, Expression receiver, TypeRef receiverType, String method,
                        Optional<Expression> value, List<String> chain) {

        static Optional<Save> of(Node node, TypeFacts types) {
            if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
                Expression scope = call.getScope().get();
                Optional<TypeRef> receiver = types.typeOf(scope);
                if (receiver.isEmpty()) {
                    return Optional.empty();
                }
                if (MethodMatcher.anyMatches(SAVES, call, types)) {
                    Optional<Expression> value = call.getArguments().isEmpty() ? Optional.empty()
                            : Optional.of(call.getArgument(call.getArguments().size() - 1));
                    return Optional.of(new Save(call, scope, receiver.get(), call.getNameAsString(), value, List.of()));
                }
                if (!types.index().isCaller(PROJECT_SAVES, call.getNameAsString())) {
                    return Optional.empty();
                }
                MethodSummary summary = types.index().summary(receiver.get(), call.getNameAsString(),
                        call.getArguments().size());
                for (int i = 0; i < call.getArguments().size(); i++) {
                    Optional<List<String>> chain = summary.persistsParameter(i);
                    if (chain.isPresent()) {
                        return Optional.of(new Save(call, scope, receiver.get(), call.getNameAsString(),
                                Optional.of(call.getArgument(i)), chain.get()));
                    }
                }
                return Optional.empty();
            }
            if (node instanceof MethodReferenceExpr reference) {
                Optional<TypeRef> receiver = types.receiverType(reference);
                if (receiver.isEmpty()) {
                    return Optional.empty();
                }
                List<String> chain = SAVES.stream().anyMatch(m -> m.matches(reference, types)) ? List.of()
                        : !types.index().isCaller(PROJECT_SAVES, reference.getIdentifier()) ? null
                        : types.index().summary(receiver.get(), reference.getIdentifier(), 1).persistsParameter(0)
                                .orElse(null);
                return Optional.ofNullable(chain).map(c -> new Save(reference, reference.getScope(), receiver.get(),
                        reference.getIdentifier(), Optional.empty(), c));
            }
            return Optional.empty();
        }

        /** persist() and Session.save() insert; merge, saveOrUpdate and Spring Data's save may update instead. */
        boolean insertsOnly(TypeFacts types) {
            String ormCall = chain.isEmpty() ? receiverType.simpleName() + "." + method : chain.get(chain.size() - 1);
            boolean repository = chain.isEmpty() ? throughRepository(types) : !ormCall.startsWith("Session.");
            return ormCall.endsWith(".persist") || ormCall.endsWith(".save") && !repository;
        }

        /** Whether the persistence context is one the saves share with others: a repository's, or a project method's. */
        boolean throughSharedContext(TypeFacts types) {
            return !chain.isEmpty() || throughRepository(types);
        }

        boolean throughRepository(TypeFacts types) {
            return types.index().isSubtype(receiverType, SPRING_DATA_REPOSITORY);
        }

        /** The call as the message shows it, then the chain: {@code `store.save(r)` -> HibernateGenericStore.save -> Session.save}. */
        String described() {
            String shown = call instanceof MethodCallExpr c ? SourceText.abbreviate(c) : call.toString();
            return chain.isEmpty() ? receiverType.simpleName() + "." + method + "(..)"
                    : "`" + shown + "` -> " + String.join(" -> ", chain);
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
     * Whether the save writes back the row variable of a loop over a query result (or each row, as a
     * method reference handed to {@code forEach}): the entity is already managed, so the save inserts
     * nothing (EntityUpdateLoop judges such loops).
     */
    private static boolean savesLoadedRow(Loops.Loop loop, Save save, TypeFacts types) {
        boolean savesTheRow = save.call() == loop.body()
                || loop.variable().isPresent() && save.value().filter(v -> v instanceof NameExpr name
                        && name.getNameAsString().equals(loop.variable().get())).isPresent();
        return savesTheRow && loop.iterable().isPresent() && LoopSizes.isQueryRows(loop.iterable().get(), types);
    }

    /**
     * Whether the loop changes the version of what it saves ({@code ds.increaseVersion()}): an object
     * that has a version is already persisted, so the save is an UPDATE of one row it was meant to bump.
     */
    private static boolean bumpsVersion(Loops.Loop loop, Save save) {
        return save.value().filter(v -> v instanceof NameExpr).map(v -> ((NameExpr) v).getNameAsString())
                .filter(name -> loop.body().findAll(MethodCallExpr.class).stream().anyMatch(c -> c.getScope()
                        .filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(name)).isPresent()
                        && c.getNameAsString().contains("Version")))
                .isPresent();
    }

    /**
     * Whether a {@code merge} is there only to {@code remove} what it returns ({@code em.remove(em.merge(e))},
     * or through a variable): JPA removes managed entities only, and the merge inserts nothing.
     */
    private static boolean mergesToRemove(Save save) {
        if (!(save.call() instanceof MethodCallExpr call) || !call.getNameAsString().equals("merge")) {
            return false;
        }
        Node parent = call.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr outer && outer.getNameAsString().equals("remove")) {
            return true;
        }
        if (!(parent instanceof VariableDeclarator variable)) {
            return false;
        }
        String merged = variable.getNameAsString();
        return Enclosing.callable(call).stream().flatMap(c -> c.findAll(MethodCallExpr.class).stream())
                .anyMatch(c -> c.getNameAsString().equals("remove") && c.getArguments().size() == 1
                        && c.getArgument(0) instanceof NameExpr n && n.getNameAsString().equals(merged));
    }

    /**
     * Whether the loop writes one chunk: a Spring Batch {@code Chunk} (its writer flushes and clears
     * after each, and the step's commit interval bounds it), or a collection handed in by the caller
     * after which the method flushes and clears the persistence context.
     */
    private static boolean isChunkFlushedAfter(Loops.Loop loop, TypeFacts types) {
        if (!(loop.iterable().orElse(null) instanceof NameExpr items)) {
            return false;
        }
        if (BATCH_CHUNKS.stream().anyMatch(chunk -> types.isOfType(items, chunk))) {
            return true;
        }
        return isParameter(loop, items.getNameAsString())
                && callsAfter(loop, "flush", types) && callsAfter(loop, "clear", types);
    }

    private static boolean callsAfter(Loops.Loop loop, String method, TypeFacts types) {
        return Enclosing.callable(loop.node()).stream().flatMap(c -> c.findAll(MethodCallExpr.class).stream())
                .filter(c -> c.getNameAsString().equals(method) && c.getArguments().isEmpty() && c.getScope().isPresent())
                .anyMatch(c -> c.getRange().flatMap(r -> loop.node().getRange().map(l -> r.begin.isAfter(l.end)))
                        .orElse(false) && isPersistenceContext(c.getScope().get(), types));
    }

    private static boolean isParameter(Loops.Loop loop, String name) {
        return Enclosing.callable(loop.node())
                .filter(c -> c.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))).isPresent();
    }

    /**
     * Whether the loop body flushes and clears the persistence context the saves go to: the same
     * session or entity manager, or for a repository, its own {@code flush()} or any session's, and
     * any session's {@code clear()} (repositories share the transaction's entity manager).
     */
    private static boolean flushesAndClears(Loops.Loop loop, Save save, TypeFacts types) {
        boolean repository = save.throughSharedContext(types);
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
        return save.described() + " saves " + what
                + " per loop iteration with no flush()+clear() batching: " + statements + " per row and a persistence "
                + "context that grows until commit.";
    }
}
