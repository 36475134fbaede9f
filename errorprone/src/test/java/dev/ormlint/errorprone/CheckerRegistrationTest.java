package dev.ormlint.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.errorprone.BugCheckerInfo;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every Java rule on the class path has an Error Prone checker of the same name, registered the way
 * Error Prone finds plugins, and carrying the rule's summary and severity. Adding a rule without
 * its checker fails here.
 */
class CheckerRegistrationTest {

    private static final Map<Severity, SeverityLevel> SEVERITIES = Map.of(
            Severity.ERROR, SeverityLevel.ERROR,
            Severity.WARNING, SeverityLevel.WARNING,
            Severity.INFO, SeverityLevel.SUGGESTION);

    private final List<RuleDescriptor> javaRules = RuleRegistry.load().all().stream()
            .filter(r -> r.has(JavaRule.class))
            .toList();
    private final Map<String, BugCheckerInfo> checkers = ServiceLoader.load(BugChecker.class).stream()
            .map(ServiceLoader.Provider::type)
            .filter(OrmlintChecker.class::isAssignableFrom)
            .map(BugCheckerInfo::create)
            .collect(Collectors.toMap(BugCheckerInfo::canonicalName, Function.identity()));

    @Test
    void everyJavaRuleHasACheckerAndEveryCheckerARule() {
        assertThat(javaRules).extracting(RuleDescriptor::id).contains("LegacyCriteriaQuery");
        assertThat(checkers.keySet()).containsExactlyInAnyOrderElementsOf(
                javaRules.stream().map(RuleDescriptor::id).toList());
    }

    @Test
    void checkersCarryTheirRulesSummarySeverityAndDocPage() {
        for (RuleDescriptor rule : javaRules) {
            BugCheckerInfo checker = checkers.get(rule.id());
            assertThat(checker).as("checker for " + rule.id()).isNotNull();
            assertThat(checker.message()).as(rule.id() + " summary").isEqualTo(rule.summary());
            assertThat(checker.defaultSeverity()).as(rule.id() + " severity").isEqualTo(SEVERITIES.get(rule.severity()));
            assertThat(checker.linkUrl()).as(rule.id() + " link").isEqualTo(OrmlintChecker.DOCS + rule.id() + ".md");
        }
    }
}
