package dev.ormlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stdout and stderr are terminals, which decides colour and the progress line. Detected
 * once at start-up and passed down, so tests can pretend either way.
 *
 * @param stdout whether standard output is a terminal
 * @param stderr whether standard error is a terminal
 * @param colour whether colour is allowed at all ({@code NO_COLOR} unset, {@code TERM} not dumb)
 */
record Terminal(boolean stdout, boolean stderr, boolean colour) {

    static final Terminal NONE = new Terminal(false, false, false);

    static Terminal detect() {
        boolean colour = System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
        return new Terminal(isTerminal(1), isTerminal(2), colour);
    }

    boolean colourOnStdout() {
        return colour && stdout;
    }

    boolean colourOnStderr() {
        return colour && stderr;
    }

    /**
     * Java has no isatty: on Linux the descriptor's link in /proc names the terminal device. Elsewhere,
     * Java 17's console exists only when stdin and stdout are both terminals, a fair approximation.
     */
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
