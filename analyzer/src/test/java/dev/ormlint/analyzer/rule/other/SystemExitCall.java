package dev.ormlint.analyzer.rule.other;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.rule.ProjectContext;
import dev.ormlint.analyzer.rule.ProjectRule;
import dev.ormlint.analyzer.rule.RuleInfo;

/** Shares its simple name, and so its id, with {@link dev.ormlint.analyzer.testing.SystemExitCall}. */
@RuleInfo(summary = "A second rule with the same id", severity = Severity.INFO)
public final class SystemExitCall implements ProjectRule {
    @Override
    public void check(ProjectContext context) {
    }
}
