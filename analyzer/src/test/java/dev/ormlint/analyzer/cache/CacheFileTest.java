package dev.ormlint.analyzer.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.ScanRequest;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.testing.Scans;
import dev.ormlint.analyzer.testing.SourceTree;
import dev.ormlint.analyzer.testing.SystemExitCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cache file that cannot be used never changes a scan's findings, and is replaced by a good one. */
class CacheFileTest {

    private static final ObjectMapper SMILE = new ObjectMapper(new SmileFactory());

    private static final String EXITING = """
            package com.acme;

            class Exiting%d {
                void stop() {
                    System.exit(1);
                }
            }
            """;

    @TempDir
    Path dir;

    private Path root;
    private Path cache;

    @BeforeEach
    void project() {
        root = dir.resolve("project");
        SourceTree tree = SourceTree.at(root);
        for (int i = 0; i < 3; i++) {
            tree.write("src/com/acme/Exiting" + i + ".java", EXITING.formatted(i));
        }
        cache = dir.resolve("cache/ormlint-cache");
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated", "garbage", "foreign", "foreign smile", "empty", "wrong shape"})
    void aCacheThatCannotBeReadIsIgnoredWithANoticeAndWrittenAgain(String damage) throws IOException {
        scan(cached());
        byte[] good = Files.readAllBytes(cache);
        Files.write(cache, switch (damage) {
            case "truncated" -> Arrays.copyOf(good, good.length / 2);
            case "garbage" -> new byte[] {(byte) 0xFF, 0, 'x', '{'};
            case "foreign" -> "{\"name\": \"some-package\", \"version\": \"1.0.0\"}".getBytes(StandardCharsets.UTF_8);
            case "foreign smile" -> SMILE.writeValueAsBytes(Map.of("name", "some-package"));
            case "empty" -> new byte[0];
            default -> edited(good, contents -> contents.set("files",
                    SMILE.createObjectNode().set("x", contents.get("files"))));
        });

        ScanResult damaged = scan(cached());

        assertThat(damaged.findings()).isEqualTo(scan(uncached()).findings());
        assertThat(damaged.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(Notice.Kind.CACHE);
            assertThat(notice.message()).startsWith("the cache file " + cache + " is ")
                    .endsWith("; it was ignored: this scan read every file, and writes the cache again");
        });
        assertThat(scan(cached()).notices()).as("the cache written over it is good").isEmpty();
    }

    @Test
    void aCacheOfAnotherOrmlintBuildIsIgnoredSilentlyAndReplaced() throws IOException {
        scan(cached());
        Files.write(cache, edited(Files.readAllBytes(cache), contents -> contents.put("engine", "0.0.1")));

        ScanResult result = scan(cached());

        assertThat(result.notices()).isEmpty();
        assertThat(result.findings()).isEqualTo(scan(uncached()).findings());
        assertThat(SMILE.readTree(Files.readAllBytes(cache)).get("engine").asText()).isNotEqualTo("0.0.1");
    }

    @Test
    void theJsonCacheOfAnEarlierBuildIsIgnoredSilentlyAndReplaced() throws IOException {
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "{\"cache\":\"ormlint scan cache\",\"format\":1,\"engine\":\"0.1.0\",\"files\":[]}");

        ScanResult result = scan(cached());

        assertThat(result.notices()).isEmpty();
        assertThat(result.findings()).hasSize(3);
        assertThat(SMILE.readTree(Files.readAllBytes(cache)).get("cache").asText()).isEqualTo("ormlint scan cache");
    }

    /** A cache as {@code edit} leaves its top-level fields. */
    private static byte[] edited(byte[] cache, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode contents = (ObjectNode) SMILE.readTree(cache);
        edit.accept(contents);
        return SMILE.writeValueAsBytes(contents);
    }

    @Test
    void aCacheThatCannotBeWrittenIsANoticeAndTheScanStillReports() throws IOException {
        Files.createDirectories(cache.getParent());
        Files.writeString(cache.getParent().resolve("blocker"), "");
        Path underAFile = cache.getParent().resolve("blocker/cache");

        ScanResult result = scan(uncached().withCache(underAFile));

        assertThat(result.findings()).hasSize(3);
        assertThat(result.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(Notice.Kind.CACHE);
            assertThat(notice.message()).startsWith("cannot write the cache file " + underAFile + ": ")
                    .endsWith("; the next scan will read every file again");
        });
    }

    @Test
    void aCacheFileThatIsADirectoryCanBeNeitherReadNorWritten() throws IOException {
        Files.createDirectories(cache);

        ScanResult result = scan(cached());

        assertThat(result.findings()).hasSize(3);
        assertThat(result.notices()).extracting(Notice::message).satisfiesExactlyInAnyOrder(
                read -> assertThat(read).startsWith("the cache file " + cache + " cannot be read"),
                write -> assertThat(write).startsWith("cannot write the cache file " + cache));
    }

    @Test
    void concurrentScansSharingOneCacheNeverCorruptIt() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<ScanResult>> scans = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int edit = i;
                scans.add(threads.submit(() -> {
                    // Some scans see an edited file, so that they write different caches.
                    if (edit % 3 == 0) {
                        SourceTree.at(root).write("src/com/acme/Edited.java", EXITING.formatted(100 + edit));
                    }
                    return scan(cached());
                }));
            }
            for (Future<ScanResult> scan : scans) {
                assertThat(scan.get().notices()).isEmpty();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(scan(cached()).notices()).isEmpty();
        assertThat(scan(cached()).findings()).isEqualTo(scan(uncached()).findings());
        try (Stream<Path> left = Files.list(cache.getParent())) {
            assertThat(left).as("no temporary file is left behind").containsExactly(cache);
        }
    }

    private ScanRequest uncached() {
        return ScanRequest.of(List.of(root)).withRoot(root).withJobs(2);
    }

    private ScanRequest cached() {
        return uncached().withCache(cache);
    }

    private static ScanResult scan(ScanRequest request) {
        return Scans.scan(request, new SystemExitCall());
    }
}
