package dev.ormlint.analyzer.engine;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/** Work over a scan's files on the scan's own threads, results in the files' order. */
public final class Parallel {

    private Parallel() {
    }

    public static <T, R> List<R> map(ForkJoinPool pool, List<T> items, Function<T, R> work) throws IOException {
        try {
            return pool.submit(() -> items.parallelStream().map(work).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("scan interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
