package dev.ormlint.analyzer.report;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.rule.ProjectContext;
import dev.ormlint.analyzer.rule.ProjectRule;
import dev.ormlint.analyzer.rule.RuleInfo;

/** A rule for reporter tests: only its metadata and doc page matter, so it never reports. */
@RuleInfo(summary = "Example problem for reporter tests", severity = Severity.ERROR, tags = {"example", "test"})
final class ExampleRule implements ProjectRule {

    @Override
    public void check(ProjectContext context) {
        // Reporter tests build their results by hand and never scan.
    }
}
