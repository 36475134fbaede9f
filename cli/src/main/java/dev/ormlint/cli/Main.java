package dev.ormlint.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code ormlint} executable. */
public final class Main {

    private Main() {
    }

    /**
     * Output is UTF-8 whatever the locale: JSON and SARIF require it, and under a POSIX locale
     * Java 17 would otherwise print every non-ASCII character of a message or doc page as '?'.
     */
    public static void main(String[] args) {
        int exitCode = OrmlintCommand.commandLine(Terminal.detect())
                .setOut(utf8(System.out))
                .setErr(utf8(System.err))
                .execute(args);
        System.exit(exitCode);
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
