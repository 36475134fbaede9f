package dev.ormlint.maven;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.report.TerminalText;
import java.nio.file.Path;

/**
 * How findings and notices read in the build log: {@code path:line: [RuleId] message}, the path
 * relative to the module directory so that IDE consoles link it, control characters escaped
 * ({@link TerminalText}).
 */
final class BuildLogLines {

    private BuildLogLines() {
    }

    static String finding(Finding finding) {
        return TerminalText.escape(finding.path() + ":" + finding.range().startLine() + ": [" + finding.ruleId() + "] "
                + finding.message());
    }

    static String notice(Notice notice) {
        String where = notice.path().isEmpty() ? "" : notice.path() + ": ";
        return TerminalText.escape(where + "not checked: " + notice.message());
    }

    /** {@code file} as shown in messages: relative to the module directory when it lies inside it. */
    static String shown(Path basedir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
