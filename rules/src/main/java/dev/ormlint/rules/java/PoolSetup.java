package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.ormlint.analyzer.java.TypeFacts;
import dev.ormlint.analyzer.rule.JavaContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A connection pool (or pool configuration) created in Java code, with {@code new} or with Spring
 * Boot's {@code DataSourceBuilder}, and the calls that configure it: the builder's, then the setters
 * later called on the variable that holds it, in the method for a local, in the class for a field.
 * {@code openEnded} says that code outside this view may still configure it: it is passed to other
 * code, or Spring binds properties to it ({@code @ConfigurationProperties}) after creation.
 *
 * @param creation the {@code new} expression, or the builder's {@code build()} call
 * @param shown    how messages name the creation
 */
record PoolSetup(Expression creation, String shown, Pool pool, List<MethodCallExpr> calls, boolean openEnded) {

    private static final String CONFIGURATION_PROPERTIES = "ConfigurationProperties";
    /** The setters of the pools' JDBC URL (HikariCP and c3p0 say jdbcUrl), and the builder's. */
    private static final Set<String> URL_SETTERS = Set.of("setUrl", "setJdbcUrl", "url");
    /** Setters that hand the pool a whole configuration built elsewhere. */
    private static final Set<String> DELEGATING_SETTERS = Set.of("setPoolProperties", "setDataSourceProperties");

    /**
     * The pool a rule visiting {@code node} reports on: test code sets pools up for tests only, so
     * only main sources count, and a pool of a database embedded in the JVM is never at risk.
     */
    static Optional<PoolSetup> inMainSources(Node node, JavaContext context) {
        if (TestSources.contains(context.path())) {
            return Optional.empty();
        }
        Optional<PoolSetup> setup = node instanceof ObjectCreationExpr creation ? of(creation, context.types())
                : DataSourceBuilders.built((MethodCallExpr) node, context.types())
                .map(built -> configured(built.build(), built.describe(), built.pool(), built.calls(), context.types()));
        return setup.filter(s -> !s.connectsToEmbeddedDatabase(context));
    }

    private boolean connectsToEmbeddedDatabase(JavaContext context) {
        return lastCall(URL_SETTERS).filter(call -> PoolUrls.isEmbedded(call.getArgument(0), context)).isPresent();
    }

    /** The pool set up by {@code creation}, when it is a no-argument construction of a pool type. */
    static Optional<PoolSetup> of(ObjectCreationExpr creation, TypeFacts types) {
        if (!creation.getArguments().isEmpty() || creation.getAnonymousClassBody().isPresent()) {
            return Optional.empty();
        }
        Optional<Pool> pool = Pool.ofJavaType(types.resolve(creation.getType()).name());
        return pool.map(p -> configured(creation, "new " + creation.getType() + "()", p, List.of(), types));
    }

    /** The pool {@code creation} makes, configured by {@code builderCalls} and then through the variable holding it. */
    private static PoolSetup configured(Expression creation, String shown, Pool pool, List<MethodCallExpr> builderCalls,
                                        TypeFacts types) {
        boolean bound = creation.findAncestor(n -> n instanceof NodeWithAnnotations<?> a
                && a.getAnnotations().stream().anyMatch(an -> an.getName().getIdentifier().equals(CONFIGURATION_PROPERTIES)),
                Node.class).isPresent();
        Optional<Variable> variable = Variable.holding(creation);
        if (variable.isEmpty()) {
            boolean returned = creation.getParentNode().filter(ReturnStmt.class::isInstance).isPresent();
            return new PoolSetup(creation, shown, pool, builderCalls, bound || !returned);
        }
        List<MethodCallExpr> calls = new ArrayList<>(builderCalls);
        calls.addAll(variable.get().scope().findAll(MethodCallExpr.class,
                call -> call.getScope().filter(variable.get()::isReference).isPresent()));
        boolean delegated = calls.stream().anyMatch(c -> DELEGATING_SETTERS.contains(c.getNameAsString()));
        boolean escapes = variable.get().scope().findAll(Expression.class, variable.get()::isReference).stream()
                .anyMatch(reference -> escapes(reference, variable.get().field(), types));
        return new PoolSetup(creation, shown, pool, calls, bound || delegated || escapes);
    }

    /** The last call to one of {@code names}: the one whose value holds. */
    Optional<MethodCallExpr> lastCall(Set<String> names) {
        return calls.stream().filter(c -> names.contains(c.getNameAsString()) && c.getArguments().size() == 1)
                .reduce((first, second) -> second);
    }

    /**
     * Whether a use of the variable lets other code configure it: passing it as an argument (but
     * not to a pool's constructor, which only reads it), returning a field (a getter) or a
     * configuration object that is not a finished pool yet, or assigning it elsewhere.
     */
    private static boolean escapes(Expression reference, boolean field, TypeFacts types) {
        Node parent = reference.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr call) {
            return isArgument(call.getArguments(), reference);
        }
        if (parent instanceof ObjectCreationExpr creation) {
            return isArgument(creation.getArguments(), reference)
                    && Pool.ofJavaType(types.resolve(creation.getType()).name()).isEmpty();
        }
        if (parent instanceof ReturnStmt) {
            return field || !Pool.isDataSourceType(types.typeOf(reference).map(t -> t.name()).orElse(""));
        }
        return parent instanceof AssignExpr assign && assign.getValue() == reference
                || parent instanceof VariableDeclarator;
    }

    private static boolean isArgument(NodeList<Expression> arguments, Expression reference) {
        return arguments.stream().anyMatch(argument -> argument == reference);
    }

    /** The variable a new pool is stored in, and the code in which it can be configured. */
    private record Variable(String name, boolean field, Node scope) {

        static Optional<Variable> holding(Expression creation) {
            Node parent = creation.getParentNode().orElse(null);
            if (parent instanceof VariableDeclarator declarator) {
                boolean field = declarator.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent();
                return scopeOf(creation, field).map(scope -> new Variable(declarator.getNameAsString(), field, scope));
            }
            if (parent instanceof AssignExpr assign && assign.getValue() == creation) {
                Expression target = assign.getTarget();
                if (target instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
                    return scopeOf(creation, true).map(scope -> new Variable(access.getNameAsString(), true, scope));
                }
                if (target instanceof NameExpr name) {
                    boolean field = !declaredLocally(name.getNameAsString(), creation);
                    return scopeOf(creation, field).map(scope -> new Variable(name.getNameAsString(), field, scope));
                }
            }
            return Optional.empty();
        }

        boolean isReference(Expression expression) {
            if (expression instanceof NameExpr n) {
                return n.getNameAsString().equals(name);
            }
            return field && expression instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr
                    && access.getNameAsString().equals(name);
        }

        private static Optional<Node> scopeOf(Node node, boolean field) {
            return field
                    ? node.findAncestor(TypeDeclaration.class).map(Node.class::cast)
                    : node.findAncestor(n -> n instanceof CallableDeclaration<?> || n instanceof LambdaExpr
                            || n instanceof InitializerDeclaration, Node.class);
        }

        private static boolean declaredLocally(String name, Node usage) {
            Optional<Node> callable = scopeOf(usage, false);
            if (callable.isEmpty()) {
                return false;
            }
            boolean parameter = callable.get() instanceof CallableDeclaration<?> c
                    && parametersNamed(c.getParameters(), name);
            return parameter || !callable.get().findAll(VariableDeclarator.class,
                    d -> d.getNameAsString().equals(name)).isEmpty();
        }

        private static boolean parametersNamed(NodeList<Parameter> parameters, String name) {
            return parameters.stream().anyMatch(p -> p.getNameAsString().equals(name));
        }
    }
}
