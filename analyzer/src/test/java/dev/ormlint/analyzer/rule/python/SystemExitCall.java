package dev.ormlint.analyzer.rule.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.Set;

/** The Python side of {@link dev.ormlint.analyzer.testing.SystemExitCall}: {@code sys.exit(...)} calls. */
@RuleInfo(summary = "System.exit call", severity = Severity.ERROR, tags = {"python"})
public final class SystemExitCall implements PythonRule {

    @Override
    public Set<String> nodeTypes() {
        return Set.of("call");
    }

    @Override
    public void visit(PyNode node, PythonContext context) {
        if (node.child("function").map(f -> f.text().equals("sys.exit")).orElse(false)) {
            context.report(node, "sys.exit call", "Raise instead.");
        }
    }
}
