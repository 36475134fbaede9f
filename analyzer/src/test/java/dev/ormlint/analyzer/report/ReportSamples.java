package dev.ormlint.analyzer.report;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.SourceRange;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Scan results built by hand, covering every field reporters write. */
final class ReportSamples {

    static final Path ROOT = Path.of("/work/scan root").toAbsolutePath();
    static final ToolInfo TOOL = new ToolInfo("ormlint", "1.2.3", "https://example.org/ormlint");
    static final RuleDescriptor EXAMPLE_RULE = RuleDescriptor.of(new ExampleRule());

    static final Finding ERROR_WITH_EDIT = new Finding("ExampleRule", Severity.ERROR, "src/Main Class.java",
            new SourceRange(3, 5, 3, 20), "Example call `a.b()` is wrong.", "Call c() instead.", "0123456789abcdef",
            List.of(new TextEdit(40, 45, "c()")));
    static final Finding WARNING = new Finding("ExampleRule", Severity.WARNING, "src/Other.java",
            new SourceRange(10, 1, 12, 2), "Example block is suspicious.", "Split it.", "fedcba9876543210", List.of());
    static final Finding INFO_IN_UNICODE_PATH = new Finding("ExampleRule", Severity.INFO, "src/Grüße#1.java",
            new SourceRange(7, 9, 7, 9), "Example note.", "Nothing to do.", "00112233445566aa", List.of());

    static final Notice PARSE_ERROR = new Notice("src/Broken.java", Notice.Kind.PARSE_ERROR, "cannot parse: (line 3,col 1) Parse error");
    static final Notice INTERNAL_ERROR = new Notice("", Notice.Kind.INTERNAL_ERROR, "rule Pool failed and was skipped: boom");

    private ReportSamples() {
    }

    static ScanResult result(List<Finding> findings, List<Notice> notices) {
        return new ScanResult(ROOT, List.of(EXAMPLE_RULE), findings, notices, 12, 2, Duration.ofMillis(1234));
    }

    static ScanResult full() {
        return result(List.of(ERROR_WITH_EDIT, WARNING, INFO_IN_UNICODE_PATH), List.of(PARSE_ERROR, INTERNAL_ERROR));
    }

    static String render(Reporter reporter, ScanResult result) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
