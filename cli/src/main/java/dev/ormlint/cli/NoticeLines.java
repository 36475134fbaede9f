package dev.ormlint.cli;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.report.TextReporter;
import java.io.PrintWriter;
import java.util.List;

/** Prints notices on stderr, apart from the report or diff on stdout, so piping stdout keeps them visible. */
final class NoticeLines {

    private NoticeLines() {
    }

    static void print(List<Notice> notices, PrintWriter err, Terminal terminal) {
        TextReporter lines = new TextReporter(terminal.colourOnStderr());
        for (Notice notice : notices) {
            err.println(lines.noticeLine(notice));
        }
    }
}
