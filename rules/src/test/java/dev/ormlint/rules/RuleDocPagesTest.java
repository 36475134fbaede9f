package dev.ormlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.rule.RuleDescriptor;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule on the class path is registered and ships a doc page in the shared format. */
class RuleDocPagesTest {

    private final List<RuleDescriptor> rules = RuleRegistry.load().all();

    @Test
    void theTransactionAndNativeQueryRulesAreRegistered() {
        assertThat(rules).extracting(RuleDescriptor::id).contains("ConnectionBesideSession", "LoaderOptionOnNativeQuery");
    }

    @Test
    void everyRuleHasADocPageTitledWithItsIdAndSeverity() {
        assertThat(rules).allSatisfy(rule -> assertThat(rule.docPage()).hasValueSatisfying(page -> assertThat(page)
                .startsWith("# " + rule.id() + "\n")
                .contains("**Severity:** " + rule.severity().label())
                .contains("## Don't\n", "## Do\n", "## When to suppress\n")));
    }
}
