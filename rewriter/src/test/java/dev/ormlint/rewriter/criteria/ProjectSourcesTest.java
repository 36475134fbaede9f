package dev.ormlint.rewriter.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import dev.ormlint.analyzer.index.SourceIndexing;
import dev.ormlint.analyzer.index.TypeInfo;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The project files one file's migration reads from others are parsed for that migration alone:
 * the migrator's worker threads read a DAO base class at the same time, and JavaParser trees and
 * plain caches are not safe to share between them.
 */
class ProjectSourcesTest {

    private static final Map<String, String> FILES = Map.of(
            "BaseDao.java", "class BaseDao { }",
            "Names.java", "interface Names { String NAME = \"name\"; }");

    @Test
    void aFileIsParsedOnceForOneMigrationAndAgainForAnother() {
        ProjectSources sources = ProjectSources.of(path -> Optional.ofNullable(FILES.get(path)));
        ProjectSources.Parsing one = sources.parsing();

        CompilationUnit first = one.of(type("BaseDao.java")).orElseThrow();

        assertThat(one.of(type("BaseDao.java"))).containsSame(first);
        assertThat(sources.parsing().of(type("BaseDao.java")).orElseThrow()).isNotSameAs(first);
        assertThat(one.declaration(type("Names.java"))).hasValueSatisfying(
                names -> assertThat(names.getNameAsString()).isEqualTo("Names"));
    }

    /**
     * One migration is still parsing a file when another finishes parsing a different one: with a
     * parse cache shared between them, the first failed with a ConcurrentModificationException
     * (DSpace-style base DAOs were then left unmigrated, file by file, depending on timing).
     */
    @Test
    void twoMigrationsReadingAtOnceDoNotDisturbEachOther() throws Exception {
        CountDownLatch otherParsed = new CountDownLatch(1);
        ProjectSources sources = ProjectSources.of(path -> {
            if (path.equals("BaseDao.java")) {
                awaitQuietly(otherParsed);
            }
            return Optional.ofNullable(FILES.get(path));
        });
        ProjectSources.Parsing slow = sources.parsing();
        ProjectSources.Parsing quick = sources.parsing();

        CompletableFuture<Optional<CompilationUnit>> slowRead = CompletableFuture.supplyAsync(
                () -> slow.of(type("BaseDao.java")));
        CompletableFuture<Optional<CompilationUnit>> quickRead = CompletableFuture.supplyAsync(() -> {
            Optional<CompilationUnit> unit = quick.of(type("Names.java"));
            otherParsed.countDown();
            return unit;
        });

        assertThat(quickRead.get(10, TimeUnit.SECONDS)).isPresent();
        assertThat(slowRead.get(10, TimeUnit.SECONDS)).isPresent();
    }

    private static TypeInfo type(String path) {
        return SourceIndexing.typesOf(path, FILES.get(path), n -> { }).orElseThrow().get(0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other migration read its file").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
