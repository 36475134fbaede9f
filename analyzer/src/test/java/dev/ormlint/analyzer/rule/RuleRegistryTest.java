package dev.ormlint.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.testing.SourceTree;
import dev.ormlint.analyzer.testing.SystemExitCall;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleRegistryTest {

    private final RuleRegistry registry = new RuleRegistry(List.of(new SystemExitCall(), new ConfigOnly()));

    @Test
    void rulesAreKnownByTheirClassSimpleNameInIdOrderWithTheirMetadata() {
        assertThat(registry.all()).extracting(RuleDescriptor::id).containsExactly("ConfigOnly", "SystemExitCall");
        RuleDescriptor exit = registry.find("SystemExitCall").orElseThrow();
        assertThat(exit.summary()).isEqualTo("System.exit call");
        assertThat(exit.severity()).isEqualTo(Severity.ERROR);
        assertThat(exit.since()).isEqualTo("0.1.0");
        assertThat(registry.find("ConfigOnly").orElseThrow().tags()).containsExactly("config", "pool");
        assertThat(registry.find("Missing")).isEmpty();
    }

    @Test
    void selectRunsAllOrTheEnabledOnesMinusTheDisabledOnes() {
        assertThat(registry.select(Set.of(), Set.of())).extracting(RuleDescriptor::id)
                .containsExactly("ConfigOnly", "SystemExitCall");
        assertThat(registry.select(Set.of("SystemExitCall"), Set.of())).extracting(RuleDescriptor::id)
                .containsExactly("SystemExitCall");
        assertThat(registry.select(Set.of(), Set.of("SystemExitCall"))).extracting(RuleDescriptor::id)
                .containsExactly("ConfigOnly");
    }

    @Test
    void anUnknownIdInEnableOrDisableIsAUsageErrorNamingIt() {
        assertThatThrownBy(() -> registry.select(Set.of("NoSuchRule"), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule 'NoSuchRule' (see 'ormlint rules')");
        assertThatThrownBy(() -> registry.select(Set.of(), Set.of("systemexitcall")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule 'systemexitcall' (did you mean SystemExitCall? see 'ormlint rules')");
    }

    @Test
    void optionsNamingAnUnknownRuleOrAKeyTheRuleDoesNotTakeAreUsageErrors() {
        assertThatThrownBy(() -> registry.checkOptions(Map.of("NoSuchRule.limit", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule 'NoSuchRule' in option NoSuchRule.limit (see 'ormlint rules')");
        assertThatThrownBy(() -> registry.checkOptions(Map.of("SystemExitCall.limit", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option SystemExitCall.limit=1: SystemExitCall takes no option 'limit'");
        assertThatThrownBy(() -> registry.checkOptions(Map.of("SystemExitCall", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 'SystemExitCall' must be RuleId.key=value");
        registry.checkOptions(Map.of());
    }

    @Test
    void twoRulesWithOneIdAreRejected() {
        assertThatThrownBy(() -> new RuleRegistry(
                List.of(new SystemExitCall(), new dev.ormlint.analyzer.rule.other.SystemExitCall())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two java rules share the id SystemExitCall")
                .hasMessageContaining("dev.ormlint.analyzer.rule.other.SystemExitCall");
    }

    @Test
    void aJavaAndAPythonRuleWithOneIdAreOneRuleWithBothLanguages() {
        RuleRegistry both = new RuleRegistry(List.of(new dev.ormlint.analyzer.rule.python.SystemExitCall(),
                new SystemExitCall()));

        assertThat(both.all()).hasSize(1);
        RuleDescriptor exit = both.find("SystemExitCall").orElseThrow();
        assertThat(exit.languages()).containsExactly(Language.JAVA, Language.PYTHON);
        assertThat(exit.implementation(JavaRule.class)).containsInstanceOf(SystemExitCall.class);
        assertThat(exit.implementation(PythonRule.class))
                .containsInstanceOf(dev.ormlint.analyzer.rule.python.SystemExitCall.class);
        assertThat(exit.severity()).isEqualTo(Severity.ERROR);
        assertThat(exit.tags()).contains("python");
        assertThat(both.select(Set.of(), Set.of("SystemExitCall"))).isEmpty();
    }

    @Test
    void implementationsOfOneIdThatDisagreeOnSeverityAreRejected() {
        assertThatThrownBy(() -> new RuleRegistry(List.of(new ConfigOnly(),
                new dev.ormlint.analyzer.rule.python.ConfigOnly())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must declare the same @RuleInfo summary and severity");
    }

    @Test
    void anOptionMustBeAcceptedByEveryLanguagesImplementation() {
        RuleRegistry both = new RuleRegistry(List.of(new LimitedJava(), new dev.ormlint.analyzer.rule.python.LimitedJava()));

        assertThatThrownBy(() -> both.checkOptions(Map.of("LimitedJava.limit", "3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option LimitedJava.limit=3: LimitedJava takes no option 'limit'");
    }

    @Test
    void rulesTheEngineCouldNeverRunAreRejected() {
        assertThatThrownBy(() -> new RuleRegistry(List.of(new Unannotated())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule " + Unannotated.class.getName() + " has no @RuleInfo");
        assertThatThrownBy(() -> new RuleRegistry(List.of(new NeitherKind())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("implements none of JavaRule, ProjectRule and PythonRule");
        assertThatThrownBy(() -> new RuleRegistry(List.of(new NoTriggers())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declares no triggers or no node types");
        assertThatThrownBy(() -> new RuleRegistry(List.of(new BlankSummary())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("blank @RuleInfo summary");
        @RuleInfo(summary = "Local", severity = Severity.INFO)
        final class LocalRule implements ProjectRule {
            @Override
            public void check(ProjectContext context) {
            }
        }
        assertThatThrownBy(() -> new RuleRegistry(List.of(new LocalRule())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a named class");
    }

    @Test
    void loadFindsTheRulesListedAsServices(@TempDir Path classPath) throws IOException {
        SourceTree.at(classPath).write("META-INF/services/" + Rule.class.getName(),
                "# test rules\n" + SystemExitCall.class.getName() + "\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(RuleRegistry.load(loader).all()).extracting(RuleDescriptor::id).containsExactly("SystemExitCall");
        }
    }

    /** A Java rule taking an option its Python namesake does not. */
    @RuleInfo(summary = "Limited", severity = Severity.INFO)
    static final class LimitedJava implements ProjectRule {
        @Override
        public void check(ProjectContext context) {
        }

        @Override
        public void checkOption(String key, String value) {
        }
    }

    @RuleInfo(summary = "Project-level check", severity = Severity.WARNING, tags = {"config", "pool"})
    static final class ConfigOnly implements ProjectRule {
        @Override
        public void check(ProjectContext context) {
        }
    }

    static final class Unannotated implements ProjectRule {
        @Override
        public void check(ProjectContext context) {
        }
    }

    @RuleInfo(summary = "Neither kind", severity = Severity.INFO)
    static final class NeitherKind implements Rule {
    }

    @RuleInfo(summary = " ", severity = Severity.INFO)
    static final class BlankSummary implements ProjectRule {
        @Override
        public void check(ProjectContext context) {
        }
    }

    @RuleInfo(summary = "Never triggered", severity = Severity.INFO)
    static final class NoTriggers implements JavaRule {
        @Override
        public Set<String> triggers() {
            return Set.of();
        }

        @Override
        public Set<Class<? extends Node>> nodeTypes() {
            return Set.of(MethodCallExpr.class);
        }

        @Override
        public void visit(Node node, JavaContext context) {
        }
    }
}
