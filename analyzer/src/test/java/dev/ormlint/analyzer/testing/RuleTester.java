package dev.ormlint.analyzer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Analyzer;
import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.ScanRequest;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.rule.Rule;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one rule over a few source files, Error Prone style: a line preceded by
 * {@code // BUG: Diagnostic contains: <text>} (in Python, {@code # BUG: Diagnostic contains: <text>})
 * must get exactly one finding whose diagnostic (its
 * message, then its fix hint, as javac prints it through the Error Prone plugin) contains the text;
 * every unmarked line must get none.
 * <pre>
 * RuleTester.of(new LegacyCriteriaQuery())
 *     .addSource("com/acme/Dao.java", """ ... """)
 *     .expectMarkedFindings();
 * </pre>
 */
public final class RuleTester {

    private static final Pattern MARKER = Pattern.compile("(?://|#)\\s*BUG: Diagnostic contains:\\s*(.*)$");

    private final Rule rule;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    private RuleTester(Rule rule) {
        this.rule = rule;
    }

    public static RuleTester of(Rule rule) {
        return new RuleTester(rule);
    }

    /** Adds a file at {@code path} (relative to the scan root); Java and Python files may carry markers. */
    public RuleTester addSource(String path, String text) {
        sources.put(path, text);
        return this;
    }

    public RuleTester option(String key, String value) {
        options.put(key, value);
        return this;
    }

    /** Scans the sources with only this rule. */
    public ScanResult scan() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ormlint-rule-test");
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = dir.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
            }
            Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(rule)));
            return analyzer.scan(ScanRequest.of(List.of(dir)).withRoot(dir).withJobs(1).withOptions(options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Asserts the findings are exactly the marked lines, with matching messages. */
    public ScanResult expectMarkedFindings() {
        ScanResult result = scan();
        assertThat(result.notices()).as("notices").isEmpty();
        List<String> expected = new ArrayList<>();
        Map<String, String> expectedText = new LinkedHashMap<>();
        sources.forEach((path, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = MARKER.matcher(lines[i]);
                if (m.find()) {
                    String key = path + ":" + (i + 2);
                    expected.add(key);
                    expectedText.put(key, m.group(1).strip());
                }
            }
        });
        List<String> actual = result.findings().stream().map(f -> f.path() + ":" + f.range().startLine()).toList();
        assertThat(actual).as("lines with findings").containsExactlyInAnyOrderElementsOf(expected);
        for (Finding f : result.findings()) {
            assertThat(f.message() + " " + f.fixHint()).as("diagnostic at " + f.path() + ":" + f.range().startLine())
                    .contains(expectedText.get(f.path() + ":" + f.range().startLine()));
        }
        return result;
    }

    /** Asserts the rule stays silent. */
    public void expectNoFindings() {
        ScanResult result = scan();
        assertThat(result.notices()).as("notices").isEmpty();
        assertThat(result.findings()).as("findings").isEmpty();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temp directory left behind is harmless.
        }
    }
}
