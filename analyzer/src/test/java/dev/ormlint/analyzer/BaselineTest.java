package dev.ormlint.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormlint.analyzer.testing.Scans;
import dev.ormlint.analyzer.testing.SourceTree;
import dev.ormlint.analyzer.testing.SystemExitCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final String EXITS = """
            package com.acme;

            class Exits {
                void first() {
                    System.exit(1);
                }

                void second() {
                    System.exit(2);
                }
            }
            """;

    @TempDir
    Path project;

    @TempDir
    Path elsewhere;

    private ScanResult scan(String source) {
        SourceTree.at(project).write("com/acme/Exits.java", source);
        return Scans.scan(project, new SystemExitCall());
    }

    private static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.range().startLine()).toList();
    }

    @Test
    void writeThenReadGivesTheSameEntriesAndAcceptsEveryFinding() throws IOException {
        ScanResult result = scan(EXITS);
        Path file = elsewhere.resolve("ormlint-baseline.json");

        Baseline.of(result.findings()).write(file);
        Baseline read = Baseline.read(file);

        assertThat(read.entries()).isEqualTo(Baseline.of(result.findings()).entries());
        assertThat(read.entries()).extracting(Baseline.Entry::ruleId, Baseline.Entry::path)
                .containsOnly(tuple("SystemExitCall", "com/acme/Exits.java"));
        assertThat(read.newFindings(result.findings())).isEmpty();
        assertThat(result.filteredBy(read).findings()).isEmpty();
        assertThat(result.filteredBy(read).suppressedByBaseline()).isEqualTo(2);
    }

    /** Recorded for the project root, used for a scan of its {@code com} folder: paths no longer line up. */
    @Test
    void aBaselineRecordedForAnotherRootIsANoticeAndAcceptsNothing() {
        Baseline baseline = Baseline.of(scan(EXITS).findings());

        ScanResult ofSubfolder = Scans.scan(project.resolve("com"), new SystemExitCall()).filteredBy(baseline);

        assertThat(ofSubfolder.findings()).extracting(Finding::path).containsOnly("acme/Exits.java").hasSize(2);
        assertThat(ofSubfolder.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.BASELINE_MISMATCH);
            assertThat(n.message()).contains("names 1 file(s) and none exists under").contains("record the baseline again");
        });
    }

    @Test
    void aBaselineMatchingTheRootOrEmptyIsNoNotice() {
        ScanResult result = scan(EXITS);

        assertThat(result.filteredBy(Baseline.of(result.findings())).notices()).isEmpty();
        assertThat(result.filteredBy(Baseline.of(List.of())).notices()).isEmpty();
    }

    @Test
    void writingReplacesTheFileWholeAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = elsewhere.resolve("baseline.json");
        Files.writeString(file, "old content that is longer than the new one".repeat(100));

        Baseline.of(List.of()).write(file);

        assertThat(Files.readString(file)).isEqualToIgnoringWhitespace("{\"version\":1,\"findings\":[]}");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void findingsStillMatchAfterLinesAreInsertedAboveAndIndentationChanges() {
        Baseline baseline = Baseline.of(scan(EXITS).findings());

        ScanResult edited = scan(EXITS
                .replace("class Exits {", "/** Documented. */\nclass Exits {\n    private int added;\n")
                .replace("        System.exit(2);", "\t\tSystem.exit(2);   "));

        assertThat(lines(edited.findings())).containsExactly(8, 12);
        assertThat(baseline.newFindings(edited.findings())).isEmpty();
    }

    @Test
    void aChangedLineIsNew() {
        Baseline baseline = Baseline.of(scan(EXITS).findings());

        ScanResult edited = scan(EXITS.replace("System.exit(2);", "System.exit(3);"));

        assertThat(lines(baseline.newFindings(edited.findings()))).containsExactly(9);
    }

    @Test
    void aSecondIdenticalFindingBeyondTheRecordedCountIsNew() {
        Baseline baseline = Baseline.of(scan(EXITS).findings());

        ScanResult copied = scan(EXITS.replace("System.exit(2);", "System.exit(2);\n        System.exit(1);"));

        assertThat(lines(copied.findings())).containsExactly(5, 9, 10);
        assertThat(lines(baseline.newFindings(copied.findings()))).containsExactly(10);
    }

    @Test
    void aFindingInAnotherFileIsNew() {
        Baseline baseline = Baseline.of(scan(EXITS).findings());
        SourceTree.at(project).write("com/acme/Copy.java", EXITS.replace("Exits", "Copy"));

        List<Finding> fresh = baseline.newFindings(Scans.scan(project, new SystemExitCall()).findings());

        assertThat(fresh).extracting(Finding::path).containsExactly("com/acme/Copy.java", "com/acme/Copy.java");
    }

    @Test
    void malformedBaselinesAreIoExceptionsThatSayWhatIsWrong() throws IOException {
        Path notJson = Files.writeString(elsewhere.resolve("a.json"), "{ not json");
        Path empty = Files.writeString(elsewhere.resolve("b.json"), "");
        Path wrongShape = Files.writeString(elsewhere.resolve("c.json"), "[1, 2]");
        Path futureVersion = Files.writeString(elsewhere.resolve("d.json"), "{\"version\": 2, \"findings\": []}");
        Path noFindings = Files.writeString(elsewhere.resolve("e.json"), "{\"version\": 1}");

        assertThatThrownBy(() -> Baseline.read(notJson)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("baseline " + notJson + " is not a valid ormlint baseline: ");
        assertThatThrownBy(() -> Baseline.read(empty)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("baseline " + empty + " is not a valid ormlint baseline: ");
        assertThatThrownBy(() -> Baseline.read(wrongShape)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("baseline " + wrongShape + " is not a valid ormlint baseline: ");
        assertThatThrownBy(() -> Baseline.read(futureVersion)).isInstanceOf(IOException.class)
                .hasMessage("baseline " + futureVersion + " has format version 2; this ormlint reads version 1");
        assertThatThrownBy(() -> Baseline.read(noFindings)).isInstanceOf(IOException.class)
                .hasMessage("baseline " + noFindings + " is not a valid ormlint baseline: no \"findings\" list");
    }

    @Test
    void aMissingBaselineIsAnIoExceptionNamingIt() {
        Path missing = elsewhere.resolve("missing.json");

        assertThatThrownBy(() -> Baseline.read(missing)).isInstanceOf(IOException.class)
                .hasMessage("baseline " + missing + " does not exist");
    }
}
