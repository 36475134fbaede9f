package dev.ormlint.analyzer.report;

import com.github.javaparser.ast.Node;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.Set;

/** A rule for reporter tests: only its metadata and doc page matter, so it never reports. */
@RuleInfo(summary = "Example problem for reporter tests", severity = Severity.ERROR, tags = {"example", "test"})
final class ExampleRule implements JavaRule {

    @Override
    public Set<String> triggers() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends Node>> nodeTypes() {
        return Set.of();
    }

    @Override
    public void visit(Node node, JavaContext context) {
        throw new UnsupportedOperationException("reporter tests never scan");
    }
}
