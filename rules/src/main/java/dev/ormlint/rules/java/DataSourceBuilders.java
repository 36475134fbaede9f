package dev.ormlint.rules.java;

import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pools built with Spring Boot's {@code DataSourceBuilder.create()...build()}. The chain's
 * {@code type(X.class)} names the pool; without it Boot takes the first pool on the class path,
 * HikariCP first, which is what Boot's starters bring.
 */
final class DataSourceBuilders {

    /** Spring Boot 2 and later, and Boot 1's older home of the class. */
    private static final Set<String> BUILDER = Set.of("org.springframework.boot.jdbc.DataSourceBuilder",
            "org.springframework.boot.autoconfigure.jdbc.DataSourceBuilder");
    private static final String SIMPLE_NAME = "DataSourceBuilder";
    private static final Set<String> NOT_SETTINGS = Set.of("create", "type");

    /**
     * One builder chain.
     *
     * @param build the {@code build()} call that creates the pool
     * @param calls the chain's calls that configure it ({@code url(..)}, {@code username(..)}), in order
     */
    record Built(MethodCallExpr build, Pool pool, List<MethodCallExpr> calls, String describe) {
    }

    private DataSourceBuilders() {
    }

    /** The string whose absence from a file means it builds no pool this way. */
    static String trigger() {
        return SIMPLE_NAME;
    }

    /** The pool {@code call} builds, when it is the {@code build()} of a {@code DataSourceBuilder.create()} chain. */
    static Optional<Built> built(MethodCallExpr call, TypeFacts types) {
        if (!call.getNameAsString().equals("build") || !call.getArguments().isEmpty()) {
            return Optional.empty();
        }
        List<MethodCallExpr> chain = new ArrayList<>();
        Optional<Expression> scope = call.getScope();
        while (scope.isPresent() && scope.get() instanceof MethodCallExpr link) {
            chain.add(0, link);
            scope = link.getScope();
        }
        if (chain.isEmpty() || !chain.get(0).getNameAsString().equals("create") || scope.isEmpty()
                || !isBuilderClass(scope.get(), types)) {
            return Optional.empty();
        }
        Optional<ClassExpr> type = chain.stream().filter(c -> c.getNameAsString().equals("type")
                        && c.getArguments().size() == 1 && c.getArgument(0) instanceof ClassExpr)
                .map(c -> (ClassExpr) c.getArgument(0)).reduce((first, second) -> second);
        String typeName = type.map(t -> types.resolve(t.getType()).name()).orElse("");
        Optional<Pool> pool = type.isEmpty() ? Optional.of(Pool.HIKARI)
                : Pool.ofJavaType(typeName).filter(p -> Pool.isDataSourceType(typeName));
        List<MethodCallExpr> settings = chain.stream().filter(c -> !NOT_SETTINGS.contains(c.getNameAsString())).toList();
        String shown = SIMPLE_NAME + ".create()" + type.map(t -> ".type(" + t + ")").orElse("") + "...build()";
        return pool.map(p -> new Built(call, p, settings, shown));
    }

    private static boolean isBuilderClass(Expression scope, TypeFacts types) {
        String written = scope.toString();
        return BUILDER.contains(written)
                || written.equals(SIMPLE_NAME) && types.resolveName(written, scope).filter(BUILDER::contains).isPresent();
    }
}
