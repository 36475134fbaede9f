package dev.ormlint.cli;

import dev.ormlint.analyzer.Analyzer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on stderr for long scans: silent for the first two seconds (most
 * scans are done by then), then rewritten in place at most ten times a second, and erased at the end.
 */
final class ProgressLine implements Analyzer.Progress {

    static final long QUIET_NANOS = Duration.ofSeconds(2).toNanos();
    static final long REFRESH_NANOS = Duration.ofMillis(100).toNanos();

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastShown;
    private String shown = "";
    private int width;

    ProgressLine(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    @Override
    public synchronized void update(int done, int total) {
        long now = nanoClock.getAsLong();
        if (now - start < QUIET_NANOS || (width > 0 && now - lastShown < REFRESH_NANOS) || total <= 0) {
            return;
        }
        String text = "ormlint: scanning... " + (int) (100L * done / total) + "%";
        if (text.equals(shown)) {
            return;
        }
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        err.flush();
        lastShown = now;
        shown = text;
        width = Math.max(width, text.length());
    }

    /** Erases the line, if it was ever shown. */
    synchronized void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
            shown = "";
        }
    }
}
