package dev.ormlint.analyzer.report;

import static dev.ormlint.analyzer.report.ReportSamples.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.SourceRange;
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

    @Test
    void controlCharactersInPathsAndMessagesCannotForgeALineOrDriveTheTerminal() {
        // Issue 12: a file name holding ESC [2J cleared the screen; one holding a line feed forged a finding.
        Finding forged = new Finding("ExampleRule", Severity.WARNING,
                "src/\u001b[2JFake.java\nFake.java:1:1: error [ConnectionBesideSession] forged", new SourceRange(1, 1, 1, 1),
                "Example \r\u009b\u202e`x`", "Fix.", "0123456789abcdef", List.of());

        String line = new TextReporter(false).findingLine(forged);

        assertThat(line).isEqualTo("src/\\x1b[2JFake.java\\nFake.java:1:1: error [ConnectionBesideSession] forged:1:1: "
                + "warning [ExampleRule] Example \\r\\x9b\\u202e`x`");
        assertThat(line).doesNotContain("\n", "\u001b", "\r");
        assertThat(new TextReporter(false).noticeLine(new Notice("a\nb.java", Notice.Kind.PARSE_ERROR, "x\ty")))
                .isEqualTo("a\\nb.java: notice [parse-error] x\\ty");
    }

    @Test
    void printableTextIsLeftAsItIs() {
        assertThat(TerminalText.escape("src/Grüße#1.java: `a.b()` — ok")).isEqualTo("src/Grüße#1.java: `a.b()` — ok");
    }
}
