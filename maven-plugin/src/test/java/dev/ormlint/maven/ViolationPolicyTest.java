package dev.ormlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationPolicyTest {

    private static final Finding ERROR = finding("ConnectionBesideSession", Severity.ERROR, 3);
    private static final Finding WARNING = finding("LegacyCriteriaQuery", Severity.WARNING, 7);
    private static final Finding INFO = finding("SomeHint", Severity.INFO, 9);
    private static final List<Finding> ALL = List.of(ERROR, WARNING, INFO);

    @Test
    void violationsAreTheFindingsAtTheThresholdOrWorse() {
        assertThat(new ViolationPolicy(Severity.ERROR, 0).violations(ALL)).containsExactly(ERROR);
        assertThat(new ViolationPolicy(Severity.WARNING, 0).violations(ALL)).containsExactly(ERROR, WARNING);
        assertThat(new ViolationPolicy(Severity.INFO, 0).violations(ALL)).containsExactly(ERROR, WARNING, INFO);
    }

    @Test
    void theBuildFailsOnlyAboveTheAllowedCount() {
        ViolationPolicy twoAllowed = new ViolationPolicy(Severity.WARNING, 2);

        assertThat(twoAllowed.isExceededBy(List.of(ERROR, WARNING))).isFalse();
        assertThat(twoAllowed.isExceededBy(List.of(ERROR, WARNING, WARNING))).isTrue();
        assertThat(new ViolationPolicy(Severity.WARNING, 0).isExceededBy(List.of())).isFalse();
        assertThat(new ViolationPolicy(Severity.WARNING, 0).isExceededBy(List.of(WARNING))).isTrue();
    }

    @Test
    void aNegativeAllowanceIsAConfigurationError() {
        assertThatThrownBy(() -> new ViolationPolicy(Severity.WARNING, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAllowedViolations must be 0 or more, was -1");
    }

    static Finding finding(String ruleId, Severity severity, int line) {
        return new Finding(ruleId, severity, "src/main/java/shop/OrderQueries.java", SourceRange.line(line, 9, 40),
                "Something is wrong here.", "Fix it.", "f" + line, List.of());
    }
}
