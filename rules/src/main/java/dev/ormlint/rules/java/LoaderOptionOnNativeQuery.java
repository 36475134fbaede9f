package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.java.Annotations;
import dev.ormlint.analyzer.java.ConstantValues;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.TypeFacts;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fetch plans on native SQL: an entity graph given to a native query (as a hint, through
 * {@code setEntityGraph}, or by Spring Data's {@code @EntityGraph} on a native {@code @Query}),
 * which Hibernate rejects at run time, and JPQL's {@code JOIN FETCH} inside native SQL, which the
 * database rejects.
 */
@RuleInfo(
        summary = "Entity graph or JOIN FETCH on a native SQL query, which fails at run time",
        severity = Severity.ERROR,
        tags = {"hibernate", "jpa", "spring-data"})
public final class LoaderOptionOnNativeQuery implements JavaRule {

    private static final Set<String> GRAPH_HINTS = Set.of(
            "jakarta.persistence.fetchgraph", "jakarta.persistence.loadgraph",
            "javax.persistence.fetchgraph", "javax.persistence.loadgraph");
    private static final Map<String, String> HINT_CONSTANTS = Map.of(
            "org.hibernate.jpa.SpecHints.HINT_SPEC_FETCH_GRAPH", "jakarta.persistence.fetchgraph",
            "org.hibernate.jpa.SpecHints.HINT_SPEC_LOAD_GRAPH", "jakarta.persistence.loadgraph",
            "org.hibernate.jpa.LegacySpecHints.HINT_JAVAEE_FETCH_GRAPH", "javax.persistence.fetchgraph",
            "org.hibernate.jpa.LegacySpecHints.HINT_JAVAEE_LOAD_GRAPH", "javax.persistence.loadgraph",
            "org.hibernate.jpa.QueryHints.HINT_FETCHGRAPH", "javax.persistence.fetchgraph",
            "org.hibernate.jpa.QueryHints.HINT_LOADGRAPH", "javax.persistence.loadgraph",
            "org.hibernate.jpa.QueryHints.JAKARTA_HINT_FETCHGRAPH", "jakarta.persistence.fetchgraph",
            "org.hibernate.jpa.QueryHints.JAKARTA_HINT_LOADGRAPH", "jakarta.persistence.loadgraph",
            "org.hibernate.jpa.QueryHints.JAKARTA_HINT_FETCH_GRAPH", "jakarta.persistence.fetchgraph",
            "org.hibernate.jpa.QueryHints.JAKARTA_HINT_LOAD_GRAPH", "jakarta.persistence.loadgraph");
    private static final Set<String> GRAPH_SETTERS = Set.of("setEntityGraph", "applyGraph", "applyFetchGraph", "applyLoadGraph");
    private static final Pattern JOIN_FETCH = Pattern.compile("(?i)\\bjoin\\s+fetch\\b");

    private static final Set<String> SPRING_QUERY = Set.of("org.springframework.data.jpa.repository.Query");
    private static final Set<String> SPRING_NATIVE_QUERY = Set.of("org.springframework.data.jpa.repository.NativeQuery");
    private static final Set<String> SPRING_ENTITY_GRAPH = Set.of("org.springframework.data.jpa.repository.EntityGraph");
    private static final Set<String> NAMED_NATIVE_QUERY = Set.of("jakarta.persistence.NamedNativeQuery",
            "javax.persistence.NamedNativeQuery", "org.hibernate.annotations.NamedNativeQuery");
    private static final String SPRING_REPOSITORY = "org.springframework.data.repository.Repository";
    private static final String SPRING_REPOSITORY_DEFINITION = "org.springframework.data.repository.RepositoryDefinition";

    private static final String GRAPH_CONSEQUENCE = "Hibernate throws \"A native SQL query cannot use EntityGraphs\" "
            + "when the query runs.";
    private static final String GRAPH_FIX = "Load the graph with a JPQL/HQL query (`createQuery` with the same hint, "
            + "or `join fetch`), or keep the native SQL and map the joined columns with `addEntity`/`addJoin` "
            + "or a `@SqlResultSetMapping`.";
    private static final String JOIN_FETCH_FIX = "Write a plain SQL `JOIN` and map the joined columns "
            + "(`addJoin`, `@SqlResultSetMapping`), or turn the query into JPQL where `JOIN FETCH` belongs.";

    @Override
    public Set<String> triggers() {
        return Set.of("NativeQuery", "SQLQuery", "nativeQuery");
    }

    @Override
    public Set<Class<? extends Node>> nodeTypes() {
        return Set.of(MethodCallExpr.class, MethodDeclaration.class, AnnotationExpr.class);
    }

    @Override
    public void visit(Node node, JavaContext context) {
        if (node instanceof MethodCallExpr call) {
            checkCall(call, context);
        } else if (node instanceof MethodDeclaration method) {
            checkRepositoryMethod(method, context);
        } else if (node instanceof AnnotationExpr annotation) {
            nativeSqlOf(annotation, context.types()).ifPresent(sql -> checkSql(sql, context));
        }
    }

    private static void checkCall(MethodCallExpr call, JavaContext context) {
        TypeFacts types = context.types();
        if (MethodMatcher.anyMatches(NativeQueries.CREATIONS_FROM_SQL, call, types) && call.getArguments().isNonEmpty()) {
            checkSql(call.getArgument(0), context);
            return;
        }
        if (call.getScope().isEmpty() || !(isGraphHint(call, types) || GRAPH_SETTERS.contains(call.getNameAsString()))) {
            return;
        }
        if (NativeQueries.isNative(call.getScope().get(), types)) {
            // At the method name: in a multi-line chain, the line of `.setHint(...)` itself.
            context.report(call.getName(), "`" + call.getNameAsString() + "` gives an entity graph to a native SQL query: "
                    + GRAPH_CONSEQUENCE, GRAPH_FIX);
        }
    }

    private static boolean isGraphHint(MethodCallExpr call, TypeFacts types) {
        return call.getNameAsString().equals("setHint") && call.getArguments().size() == 2
                && new ConstantValues(types, HINT_CONSTANTS).string(call.getArgument(0))
                        .filter(GRAPH_HINTS::contains).isPresent();
    }

    private static void checkRepositoryMethod(MethodDeclaration method, JavaContext context) {
        TypeFacts types = context.types();
        Optional<AnnotationExpr> graph = Annotations.find(method, SPRING_ENTITY_GRAPH, types);
        if (graph.isEmpty() || !isNativeQueryMethod(method, types) || !inRepository(method, context)) {
            return;
        }
        context.report(graph.get(), "`@EntityGraph` on `" + method.getNameAsString()
                + "`, whose `@Query` is native SQL: " + GRAPH_CONSEQUENCE, GRAPH_FIX);
    }

    private static boolean isNativeQueryMethod(MethodDeclaration method, TypeFacts types) {
        return Annotations.find(method, SPRING_NATIVE_QUERY, types).isPresent()
                || Annotations.find(method, SPRING_QUERY, types).filter(q -> Annotations.isTrue(q, "nativeQuery")).isPresent();
    }

    private static boolean inRepository(MethodDeclaration method, JavaContext context) {
        return context.types().enclosingTypeName(method)
                .filter(type -> context.index().isSubtype(type, SPRING_REPOSITORY)
                        || context.index().hasAnnotation(type, SPRING_REPOSITORY_DEFINITION))
                .isPresent();
    }

    /** The SQL text attribute of a native-query annotation. */
    private static Optional<Expression> nativeSqlOf(AnnotationExpr annotation, TypeFacts types) {
        if (Annotations.isOneOf(annotation, NAMED_NATIVE_QUERY, types)) {
            return Annotations.attribute(annotation, "query");
        }
        if (Annotations.isOneOf(annotation, SPRING_NATIVE_QUERY, types)
                || (Annotations.isOneOf(annotation, SPRING_QUERY, types) && Annotations.isTrue(annotation, "nativeQuery"))) {
            return Annotations.attribute(annotation, "value");
        }
        return Optional.empty();
    }

    private static void checkSql(Expression sql, JavaContext context) {
        Optional<String> text = new ConstantValues(context.types()).string(sql);
        if (text.isPresent() && JOIN_FETCH.matcher(text.get()).find()) {
            context.report(sql, "`JOIN FETCH` in native SQL: it is JPQL syntax, not SQL, and the database "
                    + "rejects the statement.", JOIN_FETCH_FIX);
        }
    }
}
