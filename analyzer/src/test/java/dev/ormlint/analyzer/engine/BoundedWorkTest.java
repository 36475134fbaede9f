package dev.ormlint.analyzer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Notice;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedWorkTest {

    private static final Duration BUDGET = Duration.ofMillis(300);

    @Test
    void outcomesComeInTheOrderOfTheItems() throws InterruptedException {
        try (BoundedWork work = new BoundedWork(2, BUDGET)) {
            List<BoundedWork.Outcome<Integer>> outcomes = work.map(List.of(3, 1, 2), n -> n * 10);

            assertThat(outcomes).extracting(BoundedWork.Outcome::value).containsExactly(30, 10, 20);
            assertThat(outcomes).allMatch(BoundedWork.Outcome::ok);
        }
    }

    @Test
    void workPastItsBudgetIsStoppedAndTheRestStillRuns() throws InterruptedException {
        try (BoundedWork work = new BoundedWork(1, BUDGET)) {
            List<BoundedWork.Outcome<String>> outcomes = work.map(List.of("a", "spin", "b"),
                    item -> item.equals("spin") ? spinForever() : item.toUpperCase());

            assertThat(outcomes.get(1).timedOut()).isTrue();
            assertThat(outcomes.get(0).value()).isEqualTo("A");
            assertThat(outcomes.get(2).value()).isEqualTo("B");
            assertThat(outcomes.get(1).notice("Spin.java", BUDGET, "not checked"))
                    .isEqualTo(new Notice("Spin.java", Notice.Kind.TIME_BUDGET,
                            "ran past its time budget (0.3 s of processor time); not checked"));
            // The one thread was stopped and replaced: later work still runs.
            assertThat(work.map(List.of("c"), String::toUpperCase).get(0).value()).isEqualTo("C");
        }
    }

    @Test
    void recursionTooDeepForAnOrdinaryThreadFitsTheWorkersStack() throws InterruptedException {
        int depth = 200_000;
        Thread ordinary = new Thread(null, () -> depth(depth), "ordinary", 1024 * 1024);
        Throwable[] failure = new Throwable[1];
        ordinary.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
        ordinary.start();
        ordinary.join();
        assertThat(failure[0]).as("a 1 MB stack overflows").isInstanceOf(StackOverflowError.class);

        try (BoundedWork work = new BoundedWork(1, Duration.ofSeconds(20))) {
            assertThat(work.map(List.of(depth), BoundedWorkTest::depth).get(0).value()).isEqualTo(depth);
        }
    }

    @Test
    void aStackOverflowIsAFailureThatSaysTheInputIsTooDeep() throws InterruptedException {
        try (BoundedWork work = new BoundedWork(1, Duration.ofSeconds(20))) {
            BoundedWork.Outcome<Integer> outcome = work.map(List.of(1), n -> endless(n)).get(0);

            assertThat(outcome.ok()).isFalse();
            assertThat(outcome.failure()).isInstanceOf(StackOverflowError.class);
            assertThat(outcome.notice("Deep.java", BUDGET, "not checked")).isEqualTo(new Notice("Deep.java",
                    Notice.Kind.TOO_DEEP, "nests or chains too deeply to follow (a stack of 64 MB overflowed); not checked"));
        }
    }

    private static String spinForever() {
        long count = 0;
        while (count >= 0) {
            count++;
        }
        return "never";
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    private static int endless(int n) {
        return endless(n + 1) + 1;
    }
}
