package dev.ormlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final StringWriter err = new StringWriter();
    private final ProgressLine progress = new ProgressLine(new PrintWriter(err), now::get);

    @Test
    void staysSilentForTheFirstTwoSeconds() {
        progress.update(1, 10);
        advance(Duration.ofMillis(1_999));
        progress.update(5, 10);
        progress.clear();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void thenRewritesOneLineAtMostTenTimesASecondWhenItChangesAndErasesIt() {
        advance(Duration.ofSeconds(2));
        progress.update(5, 10);
        advance(Duration.ofMillis(50));
        progress.update(6, 10);
        advance(Duration.ofMillis(50));
        progress.update(50, 100);
        advance(Duration.ofMillis(100));
        progress.update(100, 100);
        progress.clear();

        String erase = "\r" + " ".repeat("ormlint: scanning... 100%".length()) + "\r";
        assertThat(err.toString()).isEqualTo("\rormlint: scanning... 50%\rormlint: scanning... 100%" + erase);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
