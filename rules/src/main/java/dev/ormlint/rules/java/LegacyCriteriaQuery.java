package dev.ormlint.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.java.LegacyCriteria;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.TypeFacts;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The legacy Hibernate Criteria API ({@code org.hibernate.Criteria}, {@code DetachedCriteria}),
 * removed in Hibernate 6. Reported at each query's creation, also on library subtypes of
 * {@code Session} (Hibernate Search's {@code FullTextSession}); a file that only passes
 * {@code Criteria} objects or {@code org.hibernate.criterion} types around (parameters, fields) is
 * reported at its first such import.
 */
@RuleInfo(
        summary = "Legacy Hibernate Criteria API, removed in Hibernate 6",
        severity = Severity.WARNING,
        tags = {"hibernate", "migration"})
public final class LegacyCriteriaQuery implements JavaRule {

    static final String LEGACY_CRITERIA = LegacyCriteria.CRITERIA;
    private static final String CRITERION_PACKAGE = "org.hibernate.criterion";
    private static final List<MethodMatcher> TEMPLATE_QUERIES = List.of(
            MethodMatcher.instanceMethod("org.springframework.orm.hibernate5.HibernateOperations#findByCriteria(..)"),
            MethodMatcher.instanceMethod("org.springframework.orm.hibernate5.HibernateTemplate#findByCriteria(..)"),
            MethodMatcher.instanceMethod("org.springframework.orm.hibernate4.HibernateTemplate#findByCriteria(..)"),
            MethodMatcher.instanceMethod("org.springframework.orm.hibernate3.HibernateTemplate#findByCriteria(..)"));
    private static final String FIX = "Run `ormlint migrate` to rewrite it to the JPA CriteriaBuilder API "
            + "(`--style hql` for an HQL string), or rewrite it by hand.";

    @Override
    public Set<String> triggers() {
        return Set.of("org.hibernate", "createCriteria", "HibernateTemplate");
    }

    @Override
    public Set<Class<? extends Node>> nodeTypes() {
        return Set.of(CompilationUnit.class);
    }

    @Override
    public void visit(Node node, JavaContext context) {
        CompilationUnit unit = (CompilationUnit) node;
        TypeFacts types = context.types();
        boolean reported = false;
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            Optional<String> message = describe(call, types);
            if (message.isPresent()) {
                context.report(call, message.get(), FIX);
                reported = true;
            }
        }
        if (!reported) {
            unit.getImports().stream()
                    .filter(LegacyCriteriaQuery::importsLegacyCriteria)
                    .findFirst()
                    .ifPresent(i -> context.report(i, "Imports " + i.getNameAsString() + (i.isAsterisk() ? ".*" : "")
                            + ", of the legacy Criteria API that Hibernate 6 removed: code using it will not compile there.",
                            FIX));
        }
    }

    /**
     * {@code org.hibernate.Criteria}, or anything of {@code org.hibernate.criterion} (Restrictions,
     * MatchMode, DetachedCriteria, ...): Hibernate 6 removed the package. Static imports of its members too.
     */
    private static boolean importsLegacyCriteria(ImportDeclaration declaration) {
        String name = declaration.getNameAsString();
        if (declaration.isAsterisk()) {
            return !declaration.isStatic() && name.equals(CRITERION_PACKAGE)
                    || declaration.isStatic() && name.startsWith(CRITERION_PACKAGE + ".");
        }
        return name.equals(LEGACY_CRITERIA) || name.startsWith(CRITERION_PACKAGE + ".");
    }

    private static Optional<String> describe(MethodCallExpr call, TypeFacts types) {
        if (LegacyCriteria.isQueryCreation(call, types)) {
            return Optional.of("Legacy Hibernate Criteria query `" + SourceText.abbreviate(call)
                    + "`: org.hibernate.Criteria was removed in Hibernate 6.");
        }
        if (MethodMatcher.anyMatches(TEMPLATE_QUERIES, call, types)) {
            return Optional.of("`" + SourceText.abbreviate(call) + "` runs a legacy DetachedCriteria query, "
                    + "an API removed in Hibernate 6.");
        }
        return Optional.empty();
    }
}
