package dev.ormlint.analyzer.report;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The report for people: one {@code path:line:col: severity [RuleId] message} line per finding, the
 * format compilers use so editors and terminals turn it into links, then a summary line. ANSI
 * colour only when asked for (the CLI asks when stdout is a terminal).
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String CYAN = "\u001b[1;36m";

    private final boolean colour;

    public TextReporter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        for (Finding finding : result.findings()) {
            out.write(findingLine(finding));
            out.write('\n');
        }
        out.write(summaryLine(result));
        out.write('\n');
        out.flush();
    }

    /** One finding's line; paths and messages with control characters are escaped ({@link TerminalText}). */
    public String findingLine(Finding finding) {
        return paint(BOLD, TerminalText.escape(finding.path()) + ":" + finding.range().startLine() + ":"
                + finding.range().startColumn() + ":")
                + " " + paint(colourOf(finding.severity()), finding.severity().label())
                + " " + paint(DIM, "[" + finding.ruleId() + "]")
                + " " + TerminalText.escape(finding.message());
    }

    /** A notice, for stderr: {@code path: notice [parse-error] message}, escaped as findings are. */
    public String noticeLine(Notice notice) {
        String where = notice.path().isEmpty() ? "ormlint:" : TerminalText.escape(notice.path()) + ":";
        return paint(BOLD, where) + " " + paint(CYAN, "notice") + " " + paint(DIM, "[" + NoticeKinds.label(notice.kind()) + "]")
                + " " + TerminalText.escape(notice.message());
    }

    /** E.g. {@code 12 files scanned, 3 findings (0 errors, 3 warnings, 0 info), 1 suppressed by baseline, 0 notices, 0.41 s}. */
    public String summaryLine(ScanResult result) {
        return plural(result.filesScanned(), "file") + " scanned, "
                + plural(result.findings().size(), "finding")
                + " (" + plural(result.count(Severity.ERROR), "error")
                + ", " + plural(result.count(Severity.WARNING), "warning")
                + ", " + result.count(Severity.INFO) + " info), "
                + result.suppressedByBaseline() + " suppressed by baseline, "
                + plural(result.notices().size(), "notice") + ", "
                + String.format(Locale.ROOT, "%.2f s", result.elapsed().toMillis() / 1000.0);
    }

    private static String colourOf(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private String paint(String ansi, String text) {
        return colour ? ansi + text + RESET : text;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
