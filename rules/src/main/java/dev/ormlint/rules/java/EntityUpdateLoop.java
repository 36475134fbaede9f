package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.index.CallTrigger;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.TypeFacts;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A loop over the entities a query returned (also through a method of the project that returns
 * query rows) whose body only sets the same values on each of them, optionally saving each (also
 * through a method of the project that writes its argument back) and optionally under an
 * {@code if} that tests the row alone (a WHERE clause): one UPDATE per row where one set-based
 * UPDATE would do. Any other statement in the body, or a value computed from the row or by a call
 * per row, keeps it silent.
 */
@RuleInfo(
        summary = "Entities loaded then changed one by one with setters where one set-based UPDATE would do",
        severity = Severity.WARNING,
        tags = {"performance", "hibernate", "jpa", "spring-data"})
public final class EntityUpdateLoop implements JavaRule {

    private static final List<MethodMatcher> SAVES_OF_THE_ROW = List.of(
            MethodMatcher.instanceMethod("org.hibernate.Session#save|update|saveOrUpdate|merge(java.lang.Object)"),
            MethodMatcher.instanceMethod("jakarta.persistence.EntityManager#merge(java.lang.Object)"),
            MethodMatcher.instanceMethod("javax.persistence.EntityManager#merge(java.lang.Object)"),
            MethodMatcher.instanceMethod(EntityPersistLoop.SPRING_DATA_REPOSITORY + "#save|saveAndFlush(java.lang.Object)"));
    /** Project methods that hand their argument on to one of these may write it back. */
    private static final CallTrigger PROJECT_UPDATES = new CallTrigger(
            Set.of("update", "saveOrUpdate", "merge", "save", "saveAndFlush"), CallTrigger.Flow.ARGUMENT);
    private static final String FIX = "Replace the loop with one bulk UPDATE: a Spring Data "
            + "`@Modifying @Query(\"update Entity e set e.field = :value where ...\")` method, a JPA `CriteriaUpdate`, "
            + "or `session.createMutationQuery(\"update ...\").executeUpdate()`. Bulk updates bypass @Version "
            + "checks, entity listeners and entities already loaded in the persistence context: bump the version "
            + "in the statement if needed and clear or refresh loaded entities.";

    @Override
    public Set<String> triggers() {
        // The rows come from a query (createQuery, a Query or Criteria variable, getResultList/Stream)
        // or a Spring Data repository; "for" alone matched nine files in ten and made the scan parse
        // almost every file twice (docs/performance.md).
        // A project method may return the rows and another write each back: such a loop saves or updates.
        return Set.of("Query", "Criteria", "getResult", "Repository", "save", "update", "merge");
    }

    @Override
    public Set<String> triggerTypes() {
        // A project's repository interface may be named anything (OrderDao extends JpaRepository).
        return Set.of(EntityPersistLoop.SPRING_DATA_REPOSITORY);
    }

    @Override
    public Set<Class<? extends Node>> nodeTypes() {
        return Set.of(ForEachStmt.class, MethodCallExpr.class);
    }

    @Override
    public void visit(Node node, JavaContext context) {
        TypeFacts types = context.types();
        if (TestSources.contains(context.path())) {
            // A test changes the few rows its fixture made: not the bulk update the rule is about.
            return;
        }
        Optional<Loops.Loop> found = Loops.asLoop(node, types);
        if (found.isEmpty() || found.get().iterable().isEmpty() || found.get().variable().isEmpty()) {
            return;
        }
        Loops.Loop loop = found.get();
        String row = loop.variable().get();
        Optional<MethodCallExpr> query = LoopSizes.rowsOf(loop.iterable().get(), types);
        if (query.isEmpty()) {
            return;
        }
        Optional<TypeRef> entity = rowType(loop, types)
                .or(() -> QueryResults.resultClass(query.get(), types))
                .filter(t -> Entities.isEntity(t, types.index()));
        if (entity.isEmpty()) {
            return;
        }
        Optional<List<MethodCallExpr>> setters = sameValueSetters(statements(loop.body(), row), row, types);
        if (setters.isEmpty() || setters.get().isEmpty()) {
            return;
        }
        context.report(setters.get().get(0), message(entity.get(), query.get()), FIX);
    }

    /** The declared type of the loop variable, or the element type of what the loop iterates over. */
    private static Optional<TypeRef> rowType(Loops.Loop loop, TypeFacts types) {
        if (loop.node() instanceof ForEachStmt forEach) {
            VariableDeclarator variable = forEach.getVariableDeclarator();
            if (!variable.getType().isVarType()) {
                return Optional.of(types.resolve(variable.getType()));
            }
        }
        if (loop.body() instanceof LambdaExpr lambda) {
            var parameter = lambda.getParameter(0);
            if (!parameter.getType().isUnknownType() && !parameter.getType().isVarType()) {
                return Optional.of(types.resolve(parameter.getType()));
            }
        }
        return types.typeOf(loop.iterable().get()).flatMap(types::elementType);
    }

    /**
     * The statements run per row: the body's, or those under one {@code if} without {@code else}
     * that makes the whole body and tests only the row ({@code if (row.getKind().equals(kind))}).
     */
    private static List<Statement> statements(Node body, String row) {
        Node inner = body instanceof LambdaExpr lambda ? lambda.getBody() : body;
        List<Statement> statements = inner instanceof BlockStmt block ? block.getStatements()
                : inner instanceof Statement statement ? List.of(statement) : List.of();
        if (statements.size() == 1 && statements.get(0) instanceof IfStmt filter && filter.getElseStmt().isEmpty()
                && testsTheRowOnly(filter.getCondition(), row)) {
            return statements(filter.getThenStmt(), row);
        }
        return statements;
    }

    /** Every call in the condition reads the row ({@code row.getKind().equals(kind)}): a condition SQL can state. */
    private static boolean testsTheRowOnly(Expression condition, String row) {
        return condition.findAll(MethodCallExpr.class).stream().allMatch(call -> call.getScope()
                .filter(scope -> rootedAtRow(scope, row)).isPresent());
    }

    private static boolean rootedAtRow(Expression expression, String row) {
        if (expression instanceof MethodCallExpr call) {
            return call.getScope().filter(scope -> rootedAtRow(scope, row)).isPresent();
        }
        return isRow(Optional.of(expression), row);
    }

    /**
     * The setter calls, when the body is nothing but {@code row.setX(value)} with row-independent
     * values and saves of the row; empty when anything else happens in it.
     */
    private static Optional<List<MethodCallExpr>> sameValueSetters(List<Statement> body, String row, TypeFacts types) {
        List<MethodCallExpr> setters = new ArrayList<>();
        for (Statement statement : body) {
            if (!(statement instanceof ExpressionStmt expression) || !(expression.getExpression() instanceof MethodCallExpr call)) {
                return Optional.empty();
            }
            if (isSetterOn(call, row) && RowIndependence.holds(call.getArgument(0), row)) {
                setters.add(call);
            } else if (!isSaveOf(call, row, types)) {
                return Optional.empty();
            }
        }
        return Optional.of(setters);
    }

    private static boolean isSetterOn(MethodCallExpr call, String row) {
        String name = call.getNameAsString();
        return call.getArguments().size() == 1 && isRow(call.getScope(), row)
                && name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3));
    }

    private static boolean isSaveOf(MethodCallExpr call, String row, TypeFacts types) {
        if (call.getArguments().size() != 1 || !isRow(Optional.of(call.getArgument(0)), row)) {
            return false;
        }
        if (MethodMatcher.anyMatches(SAVES_OF_THE_ROW, call, types)) {
            return true;
        }
        if (call.getScope().isEmpty() || !types.index().isCaller(PROJECT_UPDATES, call.getNameAsString())) {
            return false;
        }
        return types.typeOf(call.getScope().get())
                .filter(r -> types.index().summary(r, call.getNameAsString(), 1).updatesParameter(0).isPresent())
                .isPresent();
    }

    private static boolean isRow(Optional<Expression> expression, String row) {
        return expression.filter(e -> e instanceof NameExpr name && name.getNameAsString().equals(row)).isPresent();
    }

    private static String message(TypeRef entity, MethodCallExpr query) {
        return "Sets the same values on every " + entity.simpleName() + " loaded by `" + SourceText.abbreviate(query)
                + "`, one UPDATE per row: use one bulk update (@Modifying @Query(\"update ...\"), CriteriaUpdate or "
                + "createMutationQuery), knowing bulk updates skip @Version, entity listeners and already-loaded entities.";
    }
}
