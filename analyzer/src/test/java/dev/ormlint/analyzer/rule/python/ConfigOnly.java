package dev.ormlint.analyzer.rule.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.Set;

/** Shares its id with RuleRegistryTest's ConfigOnly but not its severity: one id must be one rule. */
@RuleInfo(summary = "Project-level check", severity = Severity.ERROR)
public final class ConfigOnly implements PythonRule {

    @Override
    public Set<String> nodeTypes() {
        return Set.of("call");
    }

    @Override
    public void visit(PyNode node, PythonContext context) {
    }
}
