package dev.ormlint.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.testing.Scans;
import dev.ormlint.analyzer.testing.SourceTree;
import dev.ormlint.analyzer.testing.SystemExitCall;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan told to report on some files gives their findings and notices only, from the index of the whole tree. */
class AnalyzerReportOnTest {

    private static final String EXITING = """
            package com.acme;

            class Exiting%d {
                void stop() {
                    System.exit(1);
                }
            }
            """;

    @TempDir
    Path root;

    private ScanRequest request;

    @BeforeEach
    void project() {
        SourceTree tree = SourceTree.at(root);
        for (int i = 0; i < 3; i++) {
            tree.write("src/com/acme/Exiting" + i + ".java", EXITING.formatted(i));
        }
        tree.write("src/com/acme/Broken.java", "class Broken {");
        request = ScanRequest.of(List.of(root)).withRoot(root).withJobs(2);
    }

    @Test
    void onlyTheNamedFilesFindingsAndNoticesAreReported() {
        ScanResult all = Scans.scan(request, new SystemExitCall());
        ScanResult some = Scans.scan(request.reportingOn(List.of("src/com/acme/Exiting1.java", "gone/Deleted.java")),
                new SystemExitCall());

        assertThat(all.findings()).hasSize(3);
        assertThat(all.notices()).extracting(Notice::path).containsExactly("src/com/acme/Broken.java");
        assertThat(some.findings()).extracting(Finding::path).containsExactly("src/com/acme/Exiting1.java");
        assertThat(some.findings()).isEqualTo(all.findings().stream()
                .filter(f -> f.path().equals("src/com/acme/Exiting1.java")).toList());
        assertThat(some.notices()).isEmpty();
    }

    @Test
    void aCachedScanReportingOnSomeFilesLeavesACacheThatStillGivesTheWholeResult() {
        Path cache = root.resolve("../cache-" + root.getFileName() + ".json").normalize();
        ScanResult full = Scans.scan(request.withCache(cache), new SystemExitCall());

        ScanResult some = Scans.scan(request.withCache(cache).reportingOn(List.of("src/com/acme/Exiting2.java")),
                new SystemExitCall());
        ScanResult again = Scans.scan(request.withCache(cache), new SystemExitCall());

        assertThat(some.findings()).extracting(Finding::path).containsExactly("src/com/acme/Exiting2.java");
        assertThat(again.findings()).isEqualTo(full.findings());
        assertThat(again.notices()).isEqualTo(full.notices());
    }
}
