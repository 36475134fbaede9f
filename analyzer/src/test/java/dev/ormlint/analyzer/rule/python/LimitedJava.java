package dev.ormlint.analyzer.rule.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.Set;

/** The Python namesake of RuleRegistryTest's LimitedJava, taking none of its options. */
@RuleInfo(summary = "Limited", severity = Severity.INFO)
public final class LimitedJava implements PythonRule {

    @Override
    public Set<String> nodeTypes() {
        return Set.of("call");
    }

    @Override
    public void visit(PyNode node, PythonContext context) {
    }
}
