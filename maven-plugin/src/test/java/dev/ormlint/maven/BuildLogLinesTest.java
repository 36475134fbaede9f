package dev.ormlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BuildLogLinesTest {

    @Test
    void aFindingIsPathLineRuleAndMessage() {
        assertThat(BuildLogLines.finding(ViolationPolicyTest.finding("LegacyCriteriaQuery", Severity.WARNING, 16)))
                .isEqualTo("src/main/java/shop/OrderQueries.java:16: [LegacyCriteriaQuery] Something is wrong here.");
    }

    @Test
    void aNoticeNamesTheFileWhenThereIsOne() {
        assertThat(BuildLogLines.notice(new Notice("src/main/java/Broken.java", Notice.Kind.PARSE_ERROR, "cannot parse: x")))
                .isEqualTo("src/main/java/Broken.java: not checked: cannot parse: x");
        assertThat(BuildLogLines.notice(new Notice("", Notice.Kind.INTERNAL_ERROR, "rule X failed and was skipped")))
                .isEqualTo("not checked: rule X failed and was skipped");
    }

    @Test
    void reportFilesAreShownRelativeToTheModuleWhenInsideIt() {
        Path module = Path.of("/work/shop");

        assertThat(BuildLogLines.shown(module, Path.of("/work/shop/target/ormlint/ormlint.sarif")))
                .isEqualTo("target/ormlint/ormlint.sarif");
        assertThat(BuildLogLines.shown(module, Path.of("/reports/shop.sarif"))).isEqualTo("/reports/shop.sarif");
    }
}
