package dev.ormlint.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.rule.RuleDescriptor;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the sample project in {@code src/it/sample} the way the README tells users to: a
 * separate {@code javac} with the documented {@code .mvn/jvm.config} flags, {@code -Xplugin:ErrorProne},
 * and a processor path holding error_prone_core with its own dependencies plus the shaded plugin
 * jar alone (no JavaParser or Jackson jar beside it). The ormlint warnings javac prints must be
 * exactly those in {@code expected-warnings.txt}, at the line and column of each finding.
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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        for (String flag : Files.readAllLines(Path.of(System.getProperty("ormlint.jvmConfig")))) {
            if (!flag.isBlank()) {
                command.add("-J" + flag.strip());
            }
        }
        command.addAll(List.of(
                "-XDcompilePolicy=simple",
                "--should-stop=ifError=FLOW",
                "-Xplugin:ErrorProne",
                "-processorpath", readPath("ormlint.processorPathFile") + File.pathSeparator
                        + System.getProperty("ormlint.pluginJar"),
                "-classpath", readPath("ormlint.fixtureClassPathFile"),
                "--release", "17",
                "-encoding", "UTF-8",
                "-d", classes.toString()));
        try (Stream<Path> files = Files.walk(SAMPLE.resolve("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().map(Path::toString).forEach(command::add);
        }
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(javac.waitFor(5, TimeUnit.MINUTES)).as("javac finished").isTrue();
        assertThat(javac.exitValue()).as("javac exit code, output:%n%s", output).isZero();
        return output;
    }

    private static String readPath(String property) throws IOException {
        return Files.readString(Path.of(System.getProperty(property))).strip();
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
