package dev.ormlint.errorprone;

import static dev.ormlint.errorprone.InProcessCompilation.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The per-unit findings belong to one compilation: compilations of different code under the same
 * file name, one after the other or at the same time in one JVM, each see only their own.
 */
class FindingsCacheTest {

    /** The same file name each time, with the legacy query on line {@code 6 + blankLines}. */
    private static JavaFileObject orderDaoWithQueryAfter(int blankLines) {
        return source("com/acme/OrderDao.java", """
                package com.acme;

                import org.hibernate.Session;

                class OrderDao {
                %s    Object open(Session session) {
                        return session.createCriteria(OrderDao.class).list();
                    }
                }
                """.formatted("\n".repeat(blankLines)));
    }

    private static List<Long> warningLines(InProcessCompilation compilation) {
        return compilation.warnings().stream().map(Diagnostic::getLineNumber).toList();
    }

    @Test
    void consecutiveCompilationsOfTheSameFileNameSeeTheirOwnFindings() {
        assertThat(warningLines(InProcessCompilation.compile(orderDaoWithQueryAfter(0)))).containsExactly(7L);
        assertThat(warningLines(InProcessCompilation.compile(orderDaoWithQueryAfter(3)))).containsExactly(10L);
        assertThat(warningLines(InProcessCompilation.compile(source("com/acme/OrderDao.java", """
                package com.acme;

                class OrderDao {
                }
                """)))).isEmpty();
    }

    @Test
    void concurrentCompilationsSeeTheirOwnFindings() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Long>>> compilations = List.of(
                    () -> warningLines(InProcessCompilation.compile(orderDaoWithQueryAfter(0))),
                    () -> warningLines(InProcessCompilation.compile(orderDaoWithQueryAfter(5))),
                    () -> warningLines(InProcessCompilation.compile(orderDaoWithQueryAfter(1))),
                    () -> warningLines(InProcessCompilation.compile(orderDaoWithQueryAfter(8))));
            List<Future<List<Long>>> results = threads.invokeAll(compilations);

            assertThat(results.get(0).get()).containsExactly(7L);
            assertThat(results.get(1).get()).containsExactly(12L);
            assertThat(results.get(2).get()).containsExactly(8L);
            assertThat(results.get(3).get()).containsExactly(15L);
        } finally {
            threads.shutdown();
        }
    }
}
