package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.Optional;

/** Recognizes calls and constants of the legacy Criteria API, qualified or statically imported. */
final class LegacyApi {

    static final String CRITERIA = "org.hibernate.Criteria";
    static final String RESTRICTIONS = "org.hibernate.criterion.Restrictions";
    static final String PROJECTIONS = "org.hibernate.criterion.Projections";
    static final String ORDER = "org.hibernate.criterion.Order";

    private final TypeFacts types;

    LegacyApi(TypeFacts types) {
        this.types = types;
    }

    TypeFacts types() {
        return types;
    }

    /** Whether {@code call} is a static method of {@code owner}, written {@code Owner.m()} or statically imported. */
    boolean isStaticOf(MethodCallExpr call, String owner) {
        return MethodMatcher.staticMethod(owner + "#" + call.getNameAsString() + "(..)").matches(call, types);
    }

    /** The constant's simple name when {@code expression} is {@code Owner.NAME} (or a statically imported NAME) of one of the owners. */
    Optional<String> constantOf(Expression expression, String... owners) {
        if (expression.isFieldAccessExpr()) {
            String scope = expression.asFieldAccessExpr().getScope().toString();
            Optional<String> resolved = types.resolveName(scope, expression);
            for (String owner : owners) {
                if (resolved.map(owner::equals).orElse(false)) {
                    return Optional.of(expression.asFieldAccessExpr().getNameAsString());
                }
            }
            return Optional.empty();
        }
        if (expression.isNameExpr()) {
            String name = expression.asNameExpr().getNameAsString();
            for (String owner : owners) {
                String imported = types.scope().staticImports().get(name);
                if ((owner + "." + name).equals(imported) || types.scope().staticWildcardImports().contains(owner)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    static String describe(MethodCallExpr call) {
        return call.getScope().map(s -> s.toString() + ".").orElse("") + call.getNameAsString() + "(..)";
    }
}
