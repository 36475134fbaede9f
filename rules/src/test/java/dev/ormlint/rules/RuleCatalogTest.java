package dev.ormlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.rule.Language;
import dev.ormlint.analyzer.rule.Rule;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import dev.ormlint.analyzer.rule.RuleInfo;
import dev.ormlint.analyzer.rule.RuleRegistry;
import dev.ormlint.rules.java.LegacyCriteriaQuery;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shipped rule is registered, described, and documented the way `ormlint rules` and `ormlint explain` expect. */
class RuleCatalogTest {

    private static final List<RuleDescriptor> RULES = RuleRegistry.load().all();

    @Test
    void everyRuleClassOfThisModuleIsRegisteredAsAService() throws IOException, URISyntaxException {
        Path classes = Path.of(LegacyCriteriaQuery.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> ruleClasses;
        try (Stream<Path> files = Files.walk(classes)) {
            ruleClasses = files.map(f -> classes.relativize(f).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(RuleCatalogTest::load)
                    .filter(type -> Rule.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers()))
                    .map(Class::getName)
                    .toList();
        }

        assertThat(ruleClasses).isNotEmpty();
        assertThat(RULES.stream().flatMap(d -> d.implementations().stream()).map(r -> r.getClass().getName()))
                .containsExactlyInAnyOrderElementsOf(ruleClasses);
    }

    @Test
    void idsAreClassSimpleNames() {
        assertThat(RULES).allSatisfy(d -> {
            assertThat(d.id()).matches("[A-Z][A-Za-z0-9]+");
            assertThat(d.implementations()).allSatisfy(rule -> {
                assertThat(rule.getClass().isAnnotationPresent(RuleInfo.class)).as(d.id() + " has @RuleInfo").isTrue();
                assertThat(rule.getClass().getSimpleName()).isEqualTo(d.id());
            });
        });
    }

    @Test
    void summariesAreOneLineWithoutTrailingPeriod() {
        assertThat(RULES).allSatisfy(d -> assertThat(d.summary()).as(d.id() + " summary")
                .isNotBlank()
                .doesNotEndWith(".")
                .doesNotContain("\n")
                .isEqualTo(d.summary().strip()));
    }

    @Test
    void everyRuleHasADocPageTitledWithItsIdWithDontAndDoSections() {
        assertThat(RULES).allSatisfy(d -> {
            String page = d.docPage().orElseThrow(() -> new AssertionError("no doc page ormlint/rules/" + d.id() + ".md"));
            List<String> headings = page.lines().filter(line -> line.startsWith("#")).toList();
            assertThat(headings).as(d.id() + " headings").first().isEqualTo("# " + d.id());
            // Pages of Java rules pair "Don't" with "Do"; Python-only pages follow ruff's "Example" / "Use instead".
            String bad = d.languages().contains(Language.JAVA) ? "## Don't" : "## Example";
            String good = d.languages().contains(Language.JAVA) ? "## Do" : "## Use instead";
            assertThat(headings).as(d.id() + " headings").contains(bad, good);
            assertThat(headings.indexOf(bad)).as(d.id() + ": " + bad + " comes before " + good)
                    .isLessThan(headings.indexOf(good));
            assertThat(headings).as(d.id() + " headings").contains("## When to suppress");
            assertThat(page).as(d.id() + " severity line").contains("**Severity:** " + d.severity().label());
        });
    }

    @Test
    void theReadmeRuleTableLinksEveryRulesDocPage() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(RULES).allSatisfy(d -> assertThat(readme).as("README links " + d.id())
                .contains("[`" + d.id() + "`](docs/rules/" + d.id() + ".md)"));
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, RuleCatalogTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
