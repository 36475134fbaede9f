package dev.ormlint.analyzer.testing;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.Set;

/** A minimal real rule for engine tests: reports every {@code System.exit(int)} call, resolved by type. */
@RuleInfo(summary = "System.exit call", severity = Severity.ERROR)
public final class SystemExitCall implements JavaRule {

    public static final String MESSAGE = "System.exit ends the JVM.";
    private static final MethodMatcher EXIT = MethodMatcher.staticMethod("java.lang.System#exit(int)");

    @Override
    public Set<String> triggers() {
        return Set.of("exit");
    }

    @Override
    public Set<Class<? extends Node>> nodeTypes() {
        return Set.of(MethodCallExpr.class);
    }

    @Override
    public void visit(Node node, JavaContext context) {
        MethodCallExpr call = (MethodCallExpr) node;
        if (EXIT.matches(call, context.types())) {
            context.report(call, MESSAGE, "Throw instead.");
        }
    }
}
