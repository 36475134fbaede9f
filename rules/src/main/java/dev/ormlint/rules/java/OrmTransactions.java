package dev.ormlint.rules.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.List;
import java.util.Optional;

/**
 * Whether code runs inside an open ORM transaction, and which one: a callback the session factory
 * (or Spring's {@code TransactionTemplate}) runs in a transaction, the span between a
 * {@code begin} and its {@code commit}/{@code rollback} in the same method, or a method made
 * transactional by {@code @Transactional} ({@link TransactionalMethods}). A lambda handed to an
 * executor runs on another thread, outside the transaction.
 */
final class OrmTransactions {

    private static final List<MethodMatcher> TRANSACTIONAL_CALLBACKS = List.of(
            MethodMatcher.instanceMethod("org.hibernate.SessionFactory#inTransaction|fromTransaction|inSession|fromSession"
                    + "|inStatelessTransaction|fromStatelessTransaction|inStatelessSession|fromStatelessSession(..)"),
            MethodMatcher.instanceMethod("jakarta.persistence.EntityManagerFactory#runInTransaction|callInTransaction(..)"),
            MethodMatcher.instanceMethod("org.springframework.transaction.support.TransactionOperations#execute"
                    + "|executeWithoutResult(..)"));
    /** Executors run the lambda later, on a thread that has no transaction bound. */
    private static final List<MethodMatcher> OTHER_THREAD = List.of(
            MethodMatcher.instanceMethod("java.util.concurrent.Executor#execute(..)"),
            MethodMatcher.instanceMethod("java.util.concurrent.ExecutorService#submit|invokeAll|invokeAny(..)"),
            MethodMatcher.instanceMethod("java.util.concurrent.ScheduledExecutorService#schedule|scheduleAtFixedRate"
                    + "|scheduleWithFixedDelay(..)"),
            MethodMatcher.instanceMethod("org.springframework.core.task.AsyncTaskExecutor#submit|submitCompletable(..)"),
            MethodMatcher.staticMethod("java.util.concurrent.CompletableFuture#runAsync|supplyAsync(..)"));
    private static final List<MethodMatcher> BEGINS = List.of(
            MethodMatcher.instanceMethod("org.hibernate.SharedSessionContract#beginTransaction()"),
            MethodMatcher.instanceMethod("org.hibernate.Transaction#begin()"),
            MethodMatcher.instanceMethod("jakarta.persistence.EntityTransaction#begin()"),
            MethodMatcher.instanceMethod("javax.persistence.EntityTransaction#begin()"));
    private static final List<MethodMatcher> ENDS = List.of(
            MethodMatcher.instanceMethod("org.hibernate.Transaction#commit|rollback()"),
            MethodMatcher.instanceMethod("jakarta.persistence.EntityTransaction#commit|rollback()"),
            MethodMatcher.instanceMethod("javax.persistence.EntityTransaction#commit|rollback()"));

    private final TypeFacts types;

    OrmTransactions(TypeFacts types) {
        this.types = types;
    }

    /** Where {@code node} runs in a transaction, worded for a message ("in the `inTransaction` callback"). */
    Optional<String> enclosing(Node node) {
        Optional<MethodCallExpr> runner = lambdaRunner(node);
        if (runner.isPresent()) {
            return MethodMatcher.anyMatches(TRANSACTIONAL_CALLBACKS, runner.get(), types)
                    ? Optional.of("in the `" + runner.get().getNameAsString() + "` callback")
                    : Optional.empty();
        }
        Optional<CallableDeclaration<?>> callable = Enclosing.callable(node);
        if (callable.isEmpty()) {
            return Optional.empty();
        }
        return openSpan(node, callable.get())
                .or(() -> callable.get() instanceof MethodDeclaration method
                        ? new TransactionalMethods(types).transactional(method) : Optional.empty());
    }

    /**
     * The call that receives a lambda enclosing {@code node} (inside its method), when that call
     * runs it in a transaction or on another thread: either way, the method's own transaction
     * does not apply to the lambda's body.
     */
    private Optional<MethodCallExpr> lambdaRunner(Node node) {
        for (Node n = node; n != null && !(n instanceof CallableDeclaration<?>); n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr lambda && lambda.getParentNode().orElse(null) instanceof MethodCallExpr call
                    && call.getArguments().contains(lambda)
                    && (MethodMatcher.anyMatches(TRANSACTIONAL_CALLBACKS, call, types)
                        || MethodMatcher.anyMatches(OTHER_THREAD, call, types))) {
                return Optional.of(call);
            }
        }
        return Optional.empty();
    }

    /** The last {@code begin} before {@code node} in its method, when no commit or rollback follows it before {@code node}. */
    private Optional<String> openSpan(Node node, CallableDeclaration<?> callable) {
        Optional<Position> at = node.getBegin();
        if (at.isEmpty()) {
            return Optional.empty();
        }
        List<MethodCallExpr> before = callable.findAll(MethodCallExpr.class,
                c -> c.getBegin().filter(p -> p.isBefore(at.get())).isPresent());
        MethodCallExpr lastBegin = null;
        for (MethodCallExpr call : before) {
            if (MethodMatcher.anyMatches(BEGINS, call, types)) {
                lastBegin = call;
            } else if (lastBegin != null && MethodMatcher.anyMatches(ENDS, call, types)) {
                lastBegin = null;
            }
        }
        return Optional.ofNullable(lastBegin).map(b -> "after `" + b + "` and before its commit");
    }
}
