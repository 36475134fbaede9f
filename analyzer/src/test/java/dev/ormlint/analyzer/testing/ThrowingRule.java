package dev.ormlint.analyzer.testing;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.Set;

/** A rule that throws on every method call of a file containing {@code trigger}: for failure isolation tests. */
@RuleInfo(summary = "Fails on every call", severity = Severity.ERROR)
public final class ThrowingRule implements JavaRule {

    private final String trigger;

    public ThrowingRule(String trigger) {
        this.trigger = trigger;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(trigger);
    }

    @Override
    public Set<Class<? extends Node>> nodeTypes() {
        return Set.of(MethodCallExpr.class);
    }

    @Override
    public void visit(Node node, JavaContext context) {
        throw new IllegalStateException("boom");
    }
}
