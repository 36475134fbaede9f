package dev.ormlint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One in-process run of the {@code ormlint} command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        return run(Terminal.NONE, args);
    }

    static CliRun run(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = OrmlintCommand.commandLine(terminal)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
