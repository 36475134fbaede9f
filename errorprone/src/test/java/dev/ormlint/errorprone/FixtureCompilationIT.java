package dev.ormlint.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.rule.RuleDescriptor;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the sample project in {@code src/it/sample} the way the README tells users to
 * ({@link ErrorProneJavac}: the shaded plugin jar alone beside error_prone_core, no JavaParser or
 * Jackson jar). The ormlint warnings javac prints must be exactly those in
 * {@code expected-warnings.txt}, at the line and column of each finding.
 */
class FixtureCompilationIT {

    private static final Pattern WARNING = Pattern.compile("^(.+\\.java):(\\d+): warning: \\[(\\w+)\\] .*$");
    private static final Path SAMPLE = Path.of(System.getProperty("ormlint.fixture"));

    @Test
    void javacWithThePluginWarnsAtEveryExpectedFindingAndNowhereElse(@TempDir Path classes) throws Exception {
        String output = compileSample(classes);

        assertThat(output).as("javac output").contains("warning: [LegacyCriteriaQuery]")
                .doesNotContain("ormlint:", "An unhandled exception", "error:");
        assertThat(ormlintWarnings(output)).as("javac output:%n%s", output).containsExactlyElementsOf(expected());
    }

    private static String compileSample(Path classes) throws IOException, InterruptedException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SAMPLE.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        String classPath = Files.readString(Path.of(System.getProperty("ormlint.fixtureClassPathFile"))).strip();
        ErrorProneJavac.Result javac = ErrorProneJavac.fromSystemProperties().compile(List.of(), classPath, classes, sources);
        assertThat(javac.exitCode()).as("javac exit code, output:%n%s", javac.output()).isZero();
        return javac.output();
    }

    /** {@code RuleId path:line:column} of each ormlint warning, the column being where javac's caret points. */
    private static List<String> ormlintWarnings(String output) {
        Set<String> ruleIds = RuleRegistry.load().all().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        String[] lines = output.split("\\R");
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i + 2 < lines.length; i++) {
            Matcher m = WARNING.matcher(lines[i]);
            if (m.matches() && ruleIds.contains(m.group(3))) {
                String path = SAMPLE.toAbsolutePath().relativize(Path.of(m.group(1)).toAbsolutePath()).toString();
                int column = lines[i + 2].indexOf('^') + 1;
                warnings.add(m.group(3) + " " + path + ":" + m.group(2) + ":" + column);
            }
        }
        return warnings;
    }

    private static List<String> expected() throws IOException {
        return Files.readAllLines(SAMPLE.resolve("expected-warnings.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
