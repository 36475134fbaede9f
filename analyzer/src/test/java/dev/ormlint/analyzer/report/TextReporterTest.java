package dev.ormlint.analyzer.report;

import static dev.ormlint.analyzer.report.ReportSamples.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    @Test
    void writesOneCompilerStyleLinePerFindingThenTheSummary() {
        String text = render(new TextReporter(false), ReportSamples.full());

        assertThat(text).isEqualTo("""
                src/Main Class.java:3:5: error [ExampleRule] Example call `a.b()` is wrong.
                src/Other.java:10:1: warning [ExampleRule] Example block is suspicious.
                src/Grüße#1.java:7:9: info [ExampleRule] Example note.
                12 files scanned, 3 findings (1 error, 1 warning, 1 info), 2 suppressed by baseline, 2 notices, 1.23 s
                """);
    }

    @Test
    void summaryOfACleanScanCountsZeroes() {
        ScanResult clean = ReportSamples.result(List.of(), List.of());

        assertThat(new TextReporter(false).summaryLine(clean))
                .isEqualTo("12 files scanned, 0 findings (0 errors, 0 warnings, 0 info), 2 suppressed by baseline, 0 notices, 1.23 s");
    }

    @Test
    void coloursSeverityAndLocationOnlyWhenAsked() {
        String coloured = new TextReporter(true).findingLine(ReportSamples.ERROR_WITH_EDIT);
        String plain = new TextReporter(false).findingLine(ReportSamples.ERROR_WITH_EDIT);

        assertThat(coloured).isEqualTo("\u001b[1msrc/Main Class.java:3:5:\u001b[0m \u001b[1;31merror\u001b[0m "
                + "\u001b[2m[ExampleRule]\u001b[0m Example call `a.b()` is wrong.");
        assertThat(plain).doesNotContain("\u001b");
    }

    @Test
    void noticeLinesNameTheFileOrTheToolWhenThereIsNone() {
        TextReporter reporter = new TextReporter(false);

        assertThat(reporter.noticeLine(ReportSamples.PARSE_ERROR))
                .isEqualTo("src/Broken.java: notice [parse-error] cannot parse: (line 3,col 1) Parse error");
        assertThat(reporter.noticeLine(ReportSamples.INTERNAL_ERROR))
                .isEqualTo("ormlint: notice [internal-error] rule Pool failed and was skipped: boom");
    }
}
