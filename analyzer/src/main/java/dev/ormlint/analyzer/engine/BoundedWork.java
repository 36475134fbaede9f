package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.Notice;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one piece of work per file on threads of its own, for two guarantees the caller's threads
 * cannot give. Each thread has the same large stack ({@link #STACK_BYTES}), so how deep a file may
 * nest before a recursive parser or model builder overflows does not depend on which thread (a
 * 1 MB pool thread, an 8 MB main thread) happened to run it; with the nesting limit of
 * {@link dev.ormlint.analyzer.java.JavaParsing} far below that depth, the same input gives the same
 * result on every run. And each piece has a time budget: one still running past it is stopped and
 * comes back {@linkplain Outcome#timedOut() timed out}, while the others go on. The budget is
 * processor time of the worker thread where the JVM measures it (a busy machine or the other
 * workers do not eat into it), with ten times as much wall time as a backstop for work that
 * blocks.
 */
public final class BoundedWork implements AutoCloseable {

    /** Enough for 8,000 nested brackets in JavaParser, 4,000 interpreted; only touched pages cost memory. */
    public static final long STACK_BYTES = 64L * 1024 * 1024;
    /** How long one file may take: a thousand times what a large real file needs. */
    public static final Duration FILE_BUDGET = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 20;
    private static final int WALL_TIME_FACTOR = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** What became of one piece of work: its value, the throwable it ended with, or that it ran out of time. */
    public record Outcome<R>(R value, Throwable failure, boolean timedOut) {
        public boolean ok() {
            return failure == null && !timedOut;
        }

        /**
         * The notice for a file whose work did not finish.
         *
         * @param consequence what that means for the file, e.g. {@code not checked}
         */
        public Notice notice(String path, Duration budget, String consequence) {
            if (timedOut) {
                return new Notice(path, Notice.Kind.TIME_BUDGET, "ran past its time budget ("
                        + budget.toMillis() / 1000.0 + " s of processor time); " + consequence);
            }
            if (failure instanceof StackOverflowError) {
                return new Notice(path, Notice.Kind.TOO_DEEP, "nests or chains too deeply to follow (a stack of "
                        + STACK_BYTES / (1024 * 1024) + " MB overflowed); " + consequence);
            }
            return new Notice(path, Notice.Kind.INTERNAL_ERROR, "failed (" + failure + "); " + consequence);
        }
    }

    private final ThreadPoolExecutor executor;
    private final Duration budget;

    /** @param threads how many pieces run at once */
    public BoundedWork(int threads, Duration budget) {
        this.budget = budget;
        this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                new BigStackThreads());
    }

    /** Runs {@code work} on each item within the budget; the outcomes are in the order of {@code items}. */
    public <T, R> List<Outcome<R>> map(List<T> items, Function<T, R> work) throws InterruptedException {
        return map(items, work, budget);
    }

    /** As {@link #map(List, Function)}, with a budget of its own for each item. */
    public <T, R> List<Outcome<R>> map(List<T> items, Function<T, R> work, Duration budget)
            throws InterruptedException {
        List<Task<T, R>> tasks = new ArrayList<>();
        for (T item : items) {
            Task<T, R> task = new Task<>(item, work);
            tasks.add(task);
            executor.execute(task);
        }
        List<Outcome<R>> outcomes = new ArrayList<>();
        // Tasks start in list order, so every task before the one awaited has started: none waits for a stuck one.
        for (Task<T, R> task : tasks) {
            while (!task.done.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (task.overBudget(budget)) {
                    stop(task);
                    break;
                }
            }
            outcomes.add(task.outcome());
        }
        return outcomes;
    }

    /**
     * Runs {@code work} on each item, each the work of one file: an item whose work ran out of time
     * or overflowed the stack gets a notice naming its file and {@code skipped}'s result; a runtime
     * exception (a bug, not the input) is rethrown.
     *
     * @param pathOf the item's file, as notices name it
     */
    public <T, R> List<R> mapFiles(List<T> items, Function<T, String> pathOf, Function<T, R> work,
                                   Function<T, R> skipped, Consumer<Notice> notices) throws IOException {
        List<Outcome<R>> outcomes;
        try {
            outcomes = map(items, work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("scan interrupted", e);
        }
        List<R> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Outcome<R> outcome = outcomes.get(i);
            if (outcome.ok()) {
                results.add(outcome.value());
                continue;
            }
            if (outcome.failure() instanceof RuntimeException runtime) {
                throw runtime;
            }
            notices.accept(outcome.notice(pathOf.apply(items.get(i)), budget, "not checked"));
            results.add(skipped.apply(items.get(i)));
        }
        return results;
    }

    @SuppressWarnings("removal")
    private void stop(Task<?, ?> task) {
        synchronized (task) {
            task.timedOut = true;
            if (task.runner == null) {
                return;
            }
            try {
                // JavaParser, JDT and Spoon never look at interrupts: stopping is the only way to end a runaway parse.
                task.runner.stop();
            } catch (UnsupportedOperationException e) {
                // Java 20 and newer cannot stop a thread: it is left to finish (a daemon, it never holds the JVM
                // open) and the pool gets a thread in its place.
                executor.setMaximumPoolSize(executor.getMaximumPoolSize() + 1);
                executor.setCorePoolSize(executor.getCorePoolSize() + 1);
            }
        }
    }

    public Duration budget() {
        return budget;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static final class Task<T, R> implements Runnable {
        private final T item;
        private final Function<T, R> work;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile long startedAt;
        private volatile long cpuAtStart;
        private volatile long threadId;
        private volatile boolean started;
        private Thread runner;
        private boolean timedOut;
        private R value;
        private Throwable failure;

        Task(T item, Function<T, R> work) {
            this.item = item;
            this.work = work;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (timedOut) {
                    done.countDown();
                    return;
                }
                runner = Thread.currentThread();
                threadId = runner.getId();
                startedAt = System.nanoTime();
                cpuAtStart = cpuTime(threadId);
                started = true;
            }
            try {
                value = work.apply(item);
            } catch (Throwable e) {
                failure = e;
            } finally {
                // Under the lock, so that a stop() is delivered while this thread is still in this task.
                synchronized (this) {
                    runner = null;
                    done.countDown();
                }
            }
            if (failure instanceof Error error && timedOut()) {
                throw error; // the stop's ThreadDeath: the pool replaces this worker
            }
        }

        private synchronized boolean timedOut() {
            return timedOut;
        }

        boolean overBudget(Duration budget) {
            if (!started) {
                return false;
            }
            long cpu = cpuTime(threadId);
            return cpu >= 0 && cpu - cpuAtStart > budget.toNanos()
                    || System.nanoTime() - startedAt > budget.toNanos() * (cpu >= 0 ? WALL_TIME_FACTOR : 1);
        }

        /** The thread's processor time in nanoseconds, or -1 where the JVM does not measure it. */
        private static long cpuTime(long threadId) {
            return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()
                    ? THREADS.getThreadCpuTime(threadId) : -1;
        }

        synchronized Outcome<R> outcome() {
            return timedOut ? new Outcome<>(null, null, true) : new Outcome<>(value, failure, false);
        }
    }

    private static final class BigStackThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(null, runnable, "ormlint-worker-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        }
    }
}
