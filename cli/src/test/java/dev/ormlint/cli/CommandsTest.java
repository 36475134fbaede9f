package dev.ormlint.cli;

import static dev.ormlint.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.rule.RuleRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The commands besides scan: rules, explain, --version and the bare top command. */
class CommandsTest {

    @Test
    void rulesListsEveryRegisteredRuleWithSeverityLanguagesAndSummary() {
        CliRun rules = run("rules");

        assertThat(rules.exitCode()).isZero();
        assertThat(rules.outLines()).hasSize(RuleRegistry.load().all().size());
        assertThat(rules.outLines()).anyMatch(line ->
                line.matches("LegacyCriteriaQuery +warning  java +Legacy Hibernate Criteria API, removed in Hibernate 6"));
        assertThat(rules.outLines()).anyMatch(line -> line.matches(
                "PoolMissingValidation +warning  java,python  Connection pool hands out connections without validating them"));
    }

    @Test
    void explainPrintsTheRuleDocPage() {
        CliRun explain = run("explain", "LegacyCriteriaQuery");

        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).isEqualTo(TestProjects.read(Path.of("../docs/rules/LegacyCriteriaQuery.md")));
    }

    @Test
    void explainOfAnUnknownRuleIsAUsageErrorOnOneLine() {
        CliRun explain = run("explain", "NoSuchRule");

        assertThat(explain.exitCode()).isEqualTo(2);
        assertThat(explain.errLines()).containsExactly("ormlint: error: unknown rule 'NoSuchRule' (see 'ormlint rules')");
    }

    @Test
    void versionIsTheMavenProjectVersion() {
        CliRun version = run("--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).isEqualTo("ormlint " + System.getProperty("ormlint.expectedVersion") + System.lineSeparator());
    }

    @Test
    void withoutACommandTheUsageGoesToStderrAsAUsageError() {
        CliRun bare = run();

        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.out()).isEmpty();
        assertThat(bare.err()).contains("Usage: ormlint", "scan", "rules", "explain", "Exit codes:");
    }
}
