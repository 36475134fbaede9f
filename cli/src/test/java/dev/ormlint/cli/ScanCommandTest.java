package dev.ormlint.cli;

import static dev.ormlint.cli.CliRun.run;
import static dev.ormlint.cli.TestProjects.CLEAN_SERVICE;
import static dev.ormlint.cli.TestProjects.LEGACY_DAO;
import static dev.ormlint.cli.TestProjects.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ormlint.analyzer.testing.SarifSchema;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanCommandTest {

    private static final String DAO_FINDING = "com/acme/Dao.java:7:16: warning [LegacyCriteriaQuery] "
            + "Legacy Hibernate Criteria query `session.createCriteria(Dao.class)`";
    private static final String SUMMARY_TIME = ", \\d+\\.\\d\\d s";

    @TempDir
    Path dir;

    @Test
    void findingsArePrintedCompilerStyleThenSummarisedAndExitOne() {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);
        write(dir, "com/acme/Service.java", CLEAN_SERVICE);

        CliRun scan = run("scan", dir.toString());

        assertThat(scan.exitCode()).isEqualTo(1);
        assertThat(scan.outLines()).hasSize(2);
        assertThat(scan.outLines().get(0)).startsWith(DAO_FINDING);
        assertThat(scan.outLines().get(1)).matches("2 files scanned, 1 finding \\(0 errors, 1 warning, 0 info\\), "
                + "0 suppressed by baseline, 0 notices" + SUMMARY_TIME);
        assertThat(scan.err()).isEmpty();
    }

    @Test
    void aScanWithACacheWritesItAndReportsTheSameAsWithout() throws IOException {
        write(dir, "src/com/acme/Dao.java", LEGACY_DAO);
        Path cache = dir.resolve("cache/ormlint.json");

        CliRun first = run("scan", "--cache", cache.toString(), dir.resolve("src").toString());
        CliRun second = run("scan", "--cache", cache.toString(), dir.resolve("src").toString());

        assertThat(cache).isRegularFile();
        assertThat(second.outLines().get(0)).isEqualTo(first.outLines().get(0)).startsWith(DAO_FINDING);
        assertThat(second.exitCode()).isEqualTo(first.exitCode()).isEqualTo(1);
        assertThat(second.err()).isEmpty();
    }

    @Test
    void changedSinceReportsOnlyTheFilesGitSaysChanged() throws Exception {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);
        write(dir, "com/acme/Service.java", CLEAN_SERVICE);
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "first");
        write(dir, "com/acme/OtherDao.java", LEGACY_DAO.replace("class Dao", "class OtherDao"));

        CliRun scan = run("scan", "--changed-since", "HEAD", dir.toString());

        assertThat(scan.outLines()).hasSize(2);
        assertThat(scan.outLines().get(0)).startsWith("com/acme/OtherDao.java:7:16: warning [LegacyCriteriaQuery]");
        assertThat(scan.exitCode()).isEqualTo(1);
    }

    @Test
    void changedSinceAnUnknownCommitIsAUsageErrorOnOneLine() throws Exception {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);
        git("init", "-q");

        CliRun scan = run("scan", "--changed-since", "no-such-ref", dir.toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.errLines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("ormlint: error: --changed-since: git diff failed: ");
    }

    @Test
    void reportOnNamesTheFilesToReport() {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);
        write(dir, "com/acme/OtherDao.java", LEGACY_DAO.replace("class Dao", "class OtherDao"));

        CliRun scan = run("scan", "--report-on", dir.resolve("com/acme/Dao.java").toString(), dir.toString());

        assertThat(scan.outLines()).hasSize(2);
        assertThat(scan.outLines().get(0)).startsWith(DAO_FINDING);
    }

    private void git(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes());
        assertThat(git.waitFor()).as(output).isZero();
    }

    @Test
    void sampleAppYieldsItsExpectedFindings() {
        CliRun scan = run("scan", TestProjects.SAMPLE_APP.toString());

        List<String> findings = scan.outLines().stream()
                .filter(line -> line.matches("\\S+:\\d+:\\d+: (error|warning|info) \\[\\w+] .+"))
                .map(line -> line.replaceAll("^(\\S+):(\\d+):\\d+: \\w+ \\[(\\w+)] .*$", "$3 $1:$2"))
                .toList();
        assertThat(scan.exitCode()).isEqualTo(1);
        assertThat(findings).containsExactlyElementsOf(TestProjects.sampleAppExpectedFindings());
        assertThat(scan.outLines()).hasSize(findings.size() + 1);
        assertThat(scan.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"never", "error", "ERROR"})
    void warningsPassWhenTheThresholdIsAboveThem(String failOn) {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);

        CliRun scan = run("scan", "--fail-on", failOn, dir.toString());

        assertThat(scan.exitCode()).isZero();
        assertThat(scan.outLines().get(0)).startsWith(DAO_FINDING);
    }

    @Test
    void warningsFailAtThresholdInfo() {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);

        assertThat(run("scan", "--fail-on", "info", dir.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void cleanDirectoryExitsZeroWithOnlyTheSummary() {
        write(dir, "com/acme/Service.java", CLEAN_SERVICE);

        CliRun scan = run("scan", dir.toString());

        assertThat(scan.exitCode()).isZero();
        assertThat(scan.outLines()).singleElement().asString()
                .matches("1 file scanned, 0 findings \\(0 errors, 0 warnings, 0 info\\), 0 suppressed by baseline, 0 notices"
                        + SUMMARY_TIME);
    }

    @Test
    void disabledRuleDoesNotReport() {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);

        CliRun scan = run("scan", "--disable", "LegacyCriteriaQuery", dir.toString());

        assertThat(scan.exitCode()).isZero();
        assertThat(scan.outLines()).singleElement().asString().startsWith("1 file scanned, 0 findings");
    }

    @Test
    void sourcesInAnotherEncodingAreCheckedWhenTheEncodingIsGiven() throws IOException {
        Path dao = dir.resolve("com/acme/Dao.java");
        Files.createDirectories(dao.getParent());
        Files.write(dao, LEGACY_DAO.replace("class Dao", "/** Caf\u00e9. */\nclass Dao").getBytes(Charset.forName("windows-1252")));

        CliRun unset = run("scan", dir.toString());
        CliRun given = run("scan", "--encoding", "windows-1252", dir.toString());

        assertThat(unset.exitCode()).isZero();
        assertThat(unset.err()).contains("com/acme/Dao.java", "[not-decodable]", "not valid UTF-8");
        assertThat(given.exitCode()).isEqualTo(1);
        assertThat(given.outLines().get(0)).startsWith("com/acme/Dao.java:8:16: warning [LegacyCriteriaQuery]");
        assertThat(given.err()).isEmpty();
    }

    @Test
    void excludedFilesAreNotScanned() {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);
        write(dir, "com/acme/Service.java", CLEAN_SERVICE);

        CliRun scan = run("scan", "--exclude", "**/Dao.java", "--jobs", "1", dir.toString());

        assertThat(scan.exitCode()).isZero();
        assertThat(scan.outLines()).singleElement().asString().startsWith("1 file scanned, 0 findings");
    }

    @Test
    void missingPathIsAUsageErrorOnOneLine() {
        Path missing = dir.resolve("no-such-dir");

        CliRun scan = run("scan", missing.toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.errLines()).containsExactly("ormlint: error: no such file or directory: " + missing);
        assertThat(scan.out()).isEmpty();
    }

    @Test
    void unknownRuleIsAUsageErrorOnOneLine() {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);

        CliRun scan = run("scan", "--enable", "LegacyCriteriaQuery,NoSuchRule", dir.toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.errLines()).containsExactly("ormlint: error: unknown rule 'NoSuchRule' (see 'ormlint rules')");
        assertThat(scan.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--frobnicate",
        "--fail-on=sometimes",
        "--format=xml",
        "--jobs=0",
        "--option=noKey",
        "--option=noDot=1",
        "--option=NoSuchRule.key=1",
        "--option=PoolMissingRecycle.maxLifetimeMinutes=90",
        "--option=PoolMissingRecycle.maxLifetime=soon",
        "--option=LegacyCriteriaQuery.anything=1",
        "--baseline=a.json --write-baseline=b.json",
        "--baseline=missing.json"})
    void badOptionsAreUsageErrorsOnOneLine(String options) {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);
        String[] args = Stream.concat(Stream.of("scan", dir.toString()), Stream.of(options.split(" "))).toArray(String[]::new);

        CliRun scan = run(args);

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.errLines()).singleElement().asString().startsWith("ormlint: error: ");
        assertThat(scan.out()).isEmpty();
    }

    @Test
    void exclusiveOptionsAreReportedWithoutPicocliSecondErrorPrefix() {
        CliRun scan = run("scan", dir.toString(), "--baseline=a.json", "--write-baseline=b.json");

        assertThat(scan.errLines()).singleElement().asString()
                .startsWith("ormlint: error: --baseline=FILE, --write-baseline=FILE are mutually exclusive");
    }

    @Test
    void jsonReportCarriesFindingsAndSummary() throws IOException {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);

        CliRun scan = run("scan", "--format", "json", dir.toString());
        JsonNode report = new ObjectMapper().readTree(scan.out());

        assertThat(scan.exitCode()).isEqualTo(1);
        JsonNode finding = report.get("findings").get(0);
        assertThat(finding.get("ruleId").asText()).isEqualTo("LegacyCriteriaQuery");
        assertThat(finding.get("path").asText()).isEqualTo("com/acme/Dao.java");
        assertThat(finding.get("range").get("startLine").asInt()).isEqualTo(7);
        assertThat(finding.get("range").get("startColumn").asInt()).isEqualTo(16);
        assertThat(report.get("summary").get("findings").asInt()).isEqualTo(1);
        assertThat(report.get("root").asText()).isEqualTo(dir.toAbsolutePath().normalize().toString());
    }

    @Test
    void sarifReportOfTheSampleAppWrittenToAFileIsValidSarif() throws IOException {
        Path report = dir.resolve("reports/out.sarif");

        CliRun scan = run("scan", TestProjects.SAMPLE_APP.toString(), "--format", "sarif", "--output", report.toString());

        assertThat(scan.exitCode()).isEqualTo(1);
        assertThat(scan.out()).isEmpty();
        String sarif = Files.readString(report);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
        assertThat(run.get("results")).hasSameSizeAs(TestProjects.sampleAppExpectedFindings());
        String firstExpected = TestProjects.sampleAppExpectedFindings().get(0);
        assertThat(run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation")
                .get("uri").asText())
                .isEqualTo(firstExpected.substring(firstExpected.indexOf(' ') + 1, firstExpected.lastIndexOf(':')));
        assertThat(run.get("tool").get("driver").get("rules").findValuesAsText("id")).contains("LegacyCriteriaQuery");
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(report);
        }
    }

    @Test
    void textReportWrittenToAFileLeavesStdoutEmpty() throws IOException {
        write(dir, "src/com/acme/Dao.java", LEGACY_DAO);
        Path report = dir.resolve("report.txt");

        CliRun scan = run("scan", dir.resolve("src").toString(), "--output", report.toString());

        assertThat(scan.exitCode()).isEqualTo(1);
        assertThat(scan.out()).isEmpty();
        assertThat(Files.readAllLines(report).get(0)).startsWith(DAO_FINDING);
    }

    @Test
    void baselineAcceptsRecordedFindingsAndReportsOnlyNewOnes() throws IOException {
        Path src = dir.resolve("src");
        Path dao = write(src, "com/acme/Dao.java", LEGACY_DAO);
        Path baseline = dir.resolve("ormlint-baseline.json");

        CliRun record = run("scan", src.toString(), "--write-baseline", baseline.toString());
        assertThat(record.exitCode()).isZero();
        assertThat(record.outLines()).singleElement().asString().contains("0 findings").contains("1 suppressed by baseline");

        CliRun accepted = run("scan", src.toString(), "--baseline", baseline.toString());
        assertThat(accepted.exitCode()).isZero();
        assertThat(accepted.outLines()).singleElement().asString().contains("1 suppressed by baseline");

        Files.writeString(dao, LEGACY_DAO.replace("    Object find(Session session) {",
                "    Object count(Session session) {\n"
                        + "        return session.createCriteria(Dao.class).setProjection(null).uniqueResult();\n"
                        + "    }\n\n"
                        + "    Object find(Session session) {"));
        CliRun withNew = run("scan", src.toString(), "--baseline", baseline.toString());

        assertThat(withNew.exitCode()).isEqualTo(1);
        assertThat(withNew.outLines()).hasSize(2);
        assertThat(withNew.outLines().get(0)).startsWith("com/acme/Dao.java:7:16: warning [LegacyCriteriaQuery] "
                + "Legacy Hibernate Criteria query `session.createCriteria(Dao.class)`");
        assertThat(withNew.outLines().get(1)).contains("1 finding (").contains("1 suppressed by baseline");
    }

    @Test
    void brokenFileIsNamedOnStderrAndTheOtherFilesAreStillReported() {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);
        write(dir, "com/acme/Broken.java", "package com.acme;\n\nclass Broken {\n    void f( {\n");

        CliRun scan = run("scan", dir.toString());

        assertThat(scan.exitCode()).isEqualTo(1);
        assertThat(scan.outLines().get(0)).startsWith(DAO_FINDING);
        assertThat(scan.outLines().get(1)).contains("1 finding (").contains("1 notice,");
        assertThat(scan.errLines()).singleElement().asString().startsWith("com/acme/Broken.java: notice [parse-error] ");
    }

    @Test
    void jsonReportCarriesNoticesInsteadOfStderr() throws IOException {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);
        write(dir, "com/acme/Broken.java", "class Broken {");

        CliRun scan = run("scan", "--format", "json", dir.toString());
        JsonNode notices = new ObjectMapper().readTree(scan.out()).get("notices");

        assertThat(scan.err()).isEmpty();
        assertThat(notices.findValuesAsText("path")).containsExactly("com/acme/Broken.java");
        assertThat(notices.findValuesAsText("kind")).containsExactly("parse-error");
    }

    @Test
    void errorsShowTheirStackTraceOnlyWhenVerbose() throws IOException {
        write(dir, "src/com/acme/Dao.java", LEGACY_DAO);
        Path corrupt = Files.writeString(dir.resolve("baseline.json"), "{ not json");

        CliRun quiet = run("scan", dir.resolve("src").toString(), "--baseline", corrupt.toString());
        CliRun verbose = run("scan", "--verbose", dir.resolve("src").toString(), "--baseline", corrupt.toString());

        assertThat(quiet.exitCode()).isEqualTo(2);
        assertThat(quiet.errLines()).singleElement().asString()
                .startsWith("ormlint: error: baseline " + corrupt + " is not a valid ormlint baseline");
        assertThat(verbose.exitCode()).isEqualTo(2);
        assertThat(verbose.errLines().get(0)).isEqualTo(quiet.errLines().get(0));
        assertThat(verbose.err()).contains("\tat dev.ormlint.analyzer.Baseline.read(");
    }

    @Test
    void colourOnlyWhenStdoutIsATerminalAndColourIsAllowed() {
        write(dir, "com/acme/Dao.java", LEGACY_DAO);

        CliRun terminal = run(new Terminal(true, false, true), "scan", dir.toString());
        CliRun noColor = run(new Terminal(true, false, false), "scan", dir.toString());
        CliRun toFileFromTerminal = run(new Terminal(true, true, true), "scan", dir.toString(),
                "--output", dir.resolve("out.txt").toString());

        assertThat(terminal.out()).contains("\u001b[1;33mwarning\u001b[0m");
        assertThat(noColor.out()).doesNotContain("\u001b");
        assertThat(TestProjects.read(dir.resolve("out.txt"))).doesNotContain("\u001b");
        assertThat(toFileFromTerminal.exitCode()).isEqualTo(1);
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CliRun help = run("scan", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Exit codes:", "0   no findings at or above --fail-on",
                "1   findings at or above --fail-on", "2   usage error, I/O error or internal error");
        assertThat(help.out()).contains("--format", "--output", "--fail-on", "--enable", "--disable", "--exclude",
                "--jobs", "--baseline", "--write-baseline", "--option", "--verbose");
    }
}
