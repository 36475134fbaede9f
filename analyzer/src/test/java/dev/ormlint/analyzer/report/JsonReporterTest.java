package dev.ormlint.analyzer.report;

import static dev.ormlint.analyzer.report.ReportSamples.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.SourceRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON fields are a documented contract (docs/output-formats.md): names, order and values. */
class JsonReporterTest {

    private final JsonNode report = parse(render(new JsonReporter(ReportSamples.TOOL), ReportSamples.full()));

    @Test
    void topLevelFieldsComeInTheDocumentedOrder() {
        assertThat(fieldNames(report)).containsExactly("schemaVersion", "tool", "root", "summary", "rules", "findings", "notices");
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("tool").get("version").asText()).isEqualTo("1.2.3");
        assertThat(report.get("root").asText()).isEqualTo(ReportSamples.ROOT.toString());
    }

    @Test
    void summaryCountsFindingsBySeverityAndBaselineAndNotices() {
        JsonNode summary = report.get("summary");

        assertThat(summary.toString()).isEqualTo("{\"filesScanned\":12,\"findings\":3,\"errors\":1,\"warnings\":1,"
                + "\"info\":1,\"suppressedByBaseline\":2,\"notices\":2,\"elapsedMillis\":1234}");
    }

    @Test
    void findingCarriesLocationMessageHintFingerprintAndEdits() {
        JsonNode finding = report.get("findings").get(0);

        assertThat(finding.toString()).isEqualTo("{\"ruleId\":\"ExampleRule\",\"severity\":\"error\","
                + "\"path\":\"src/Main Class.java\",\"language\":\"java\",\"range\":{\"startLine\":3,\"startColumn\":5,\"endLine\":3,\"endColumn\":20},"
                + "\"message\":\"Example call `a.b()` is wrong.\",\"fixHint\":\"Call c() instead.\","
                + "\"fingerprint\":\"0123456789abcdef\",\"edits\":[{\"startOffset\":40,\"endOffset\":45,\"replacement\":\"c()\"}]}");
        assertThat(report.get("findings").findValuesAsText("severity")).containsExactly("error", "warning", "info");
    }

    @Test
    void eachFindingNamesTheLanguageOfItsFileAndNoneForConfigurationFiles() {
        Finding python = new Finding("ExampleRule", Severity.WARNING, "app/db.py", SourceRange.line(1, 1, 5),
                "Example.", null, "fedcba9876543210", List.of());
        Finding config = new Finding("ExampleRule", Severity.WARNING, "application.yml", SourceRange.line(1, 1, 5),
                "Example.", null, "fedcba9876543211", List.of());
        JsonNode findings = parse(render(new JsonReporter(ReportSamples.TOOL),
                ReportSamples.result(List.of(python, config, ReportSamples.WARNING), List.of()))).get("findings");

        assertThat(findings.get(0).get("language").asText()).isEqualTo("python");
        assertThat(findings.get(1).get("language").isNull()).isTrue();
        assertThat(findings.get(2).get("language").asText()).isEqualTo("java");
    }

    @Test
    void rulesAndNoticesAreListed() {
        assertThat(report.get("rules").toString()).isEqualTo("[{\"id\":\"ExampleRule\",\"severity\":\"error\","
                + "\"summary\":\"Example problem for reporter tests\",\"tags\":[\"example\",\"test\"]}]");
        assertThat(report.get("notices").toString()).isEqualTo("[{\"path\":\"src/Broken.java\",\"kind\":\"parse-error\","
                + "\"message\":\"cannot parse: (line 3,col 1) Parse error\"},{\"path\":\"\",\"kind\":\"internal-error\","
                + "\"message\":\"rule Pool failed and was skipped: boom\"}]");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
