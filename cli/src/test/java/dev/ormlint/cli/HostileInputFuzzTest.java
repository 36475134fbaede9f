package dev.ormlint.cli;

import static dev.ormlint.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ormlint.analyzer.java.JavaParsing;
import dev.ormlint.analyzer.testing.SarifSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, kept fixed: a few hundred seeded mutations of the project's own fixtures
 * ({@link HostileInput}), scanned in every format and migrated. No run may end in an internal
 * error or print a stack trace, every report must be valid, every file must be scanned (a file it
 * could not check is named in a notice), and {@code migrate --apply} must leave each file
 * byte-identical or migrated into code that parses. The seed is fixed, so a failure is the same on
 * the next run.
 */
class HostileInputFuzzTest {

    private static final long SEED = 12;
    private static final int FILES = 200;
    private static final List<Path> SEEDS = List.of(Path.of("../fixtures/sample-app/src"),
            Path.of("../fixtures/criteria-legacy/src"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tree;

    private static List<String> written;

    @BeforeAll
    static void writeTree() {
        written = HostileInput.write(SEEDS, tree, FILES, SEED);
    }

    @Test
    void jsonReportIsValidAndAccountsForEveryFile() throws IOException {
        CliRun scan = run("scan", "--format", "json", "--fail-on", "never", tree.toString());

        assertNoCrash(scan);
        JsonNode report = JSON.readTree(scan.out());
        assertThat(report.path("summary").path("filesScanned").asInt()).isEqualTo(FILES);
        Set<String> files = new HashSet<>(written);
        Set<String> kinds = new HashSet<>();
        report.path("notices").forEach(notice -> kinds.add(notice.path("kind").asText()));
        assertThat(kinds).as("the mutations reach the parser and the reader").contains("parse-error", "not-decodable");
        for (JsonNode notice : report.path("notices")) {
            assertThat(notice.path("kind").asText()).as(notice.toString()).isNotEqualTo("internal-error");
            if (!notice.path("path").asText().isEmpty()) {
                assertThat(files).as("a notice names a file of the tree: %s", notice).contains(notice.path("path").asText());
            }
        }
    }

    @Test
    void sarifReportIsValid() throws IOException {
        CliRun scan = run("scan", "--format", "sarif", "--fail-on", "never", tree.toString());

        assertNoCrash(scan);
        assertThat(SarifSchema.violations(scan.out())).isEmpty();
        assertThat(JSON.readTree(scan.out()).path("runs").path(0).path("invocations").path(0)
                .path("executionSuccessful").asBoolean()).as("no rule failed").isTrue();
    }

    @Test
    void textReportPrintsNoRawControlCharacter() {
        CliRun scan = run("scan", "--fail-on", "never", tree.toString());

        assertNoCrash(scan);
        assertThat(scan.outLines()).last().asString().startsWith(FILES + " files scanned, ");
        assertThat(scan.out() + scan.err()).doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\x7f\\x{202e}]");
    }

    @Test
    void migrateApplyLeavesEachFileAsItWasOrMigrated() throws IOException {
        Map<String, byte[]> before = contents();
        CliRun dryRun = run("migrate", tree.toString());
        assertNoCrash(dryRun);
        Set<String> changed = dryRun.outLines().stream().filter(l -> l.startsWith("+++ b/"))
                .map(l -> l.substring("+++ b/".length())).collect(Collectors.toSet());

        assertThat(changed).as("some mutated files still migrate").isNotEmpty();

        CliRun apply = run("migrate", "--apply", tree.toString());

        assertNoCrash(apply);
        assertThat(apply.exitCode()).isZero();
        Map<String, byte[]> after = contents();
        for (String file : written) {
            if (changed.contains(file)) {
                assertThat(after.get(file)).as(file).isNotEqualTo(before.get(file));
                assertThat(JavaParsing.parse(new String(after.get(file), StandardCharsets.UTF_8)).problem())
                        .as("migrated %s parses", file).isNull();
            } else {
                assertThat(after.get(file)).as("%s untouched", file).isEqualTo(before.get(file));
            }
        }
        try (Stream<Path> all = Files.walk(tree)) {
            assertThat(all.filter(p -> p.getFileName().toString().endsWith(".tmp"))).as("no temporary file left").isEmpty();
        }
    }

    private static void assertNoCrash(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("\tat ", "Exception in thread", "internal error", "internal-error");
    }

    private static Map<String, byte[]> contents() throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String file : written) {
            contents.put(file, Files.readAllBytes(tree.resolve(file)));
        }
        return contents;
    }
}
