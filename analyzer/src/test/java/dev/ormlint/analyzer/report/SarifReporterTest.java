package dev.ormlint.analyzer.report;

import static dev.ormlint.analyzer.report.ReportSamples.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.SourceRange;
import dev.ormlint.analyzer.testing.SarifSchema;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private final String sarif = render(new SarifReporter(ReportSamples.TOOL), ReportSamples.full());
    private final JsonNode run = parse(sarif).get("runs").get(0);

    @Test
    void outputIsValidAgainstTheOfficialSarif210Schema() {
        assertThat(SarifSchema.violations(sarif)).isEmpty();
    }

    @Test
    void schemaCheckRejectsALevelSarifDoesNotKnow() {
        String broken = sarif.replace("\"level\" : \"note\"", "\"level\" : \"info\"");

        assertThat(broken).isNotEqualTo(sarif);
        assertThat(SarifSchema.violations(broken)).anyMatch(v -> v.contains("level"));
    }

    @Test
    void driverDescribesEachRuleFromItsDocPage() {
        JsonNode driver = run.get("tool").get("driver");
        JsonNode rule = driver.get("rules").get(0);

        assertThat(driver.get("name").asText()).isEqualTo("ormlint");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://example.org/ormlint");
        assertThat(rule.get("id").asText()).isEqualTo("ExampleRule");
        assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo("Example problem for reporter tests");
        assertThat(rule.get("fullDescription").get("text").asText()).isEqualTo("Finds the example problem in test code.");
        assertThat(rule.get("help").get("markdown").asText()).startsWith("# ExampleRule\n").contains("## Why it matters");
        assertThat(rule.get("help").get("text").asText()).isEqualTo(rule.get("help").get("markdown").asText());
        assertThat(rule.get("helpUri").asText()).isEqualTo("https://example.org/ormlint/blob/main/docs/rules/ExampleRule.md");
        assertThat(rule.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(rule.get("properties").get("languages").toString()).isEqualTo("[\"java\"]");
    }

    @Test
    void eachResultIsTaggedWithTheLanguageOfItsFile() {
        Finding python = new Finding("ExampleRule", Severity.WARNING, "app/db.py", SourceRange.line(1, 1, 5),
                "Example.", null, "fedcba9876543210", List.of());
        Finding config = new Finding("ExampleRule", Severity.WARNING, "application.yml", SourceRange.line(1, 1, 5),
                "Example.", null, "fedcba9876543211", List.of());
        JsonNode results = parse(render(new SarifReporter(ReportSamples.TOOL),
                ReportSamples.result(List.of(python, config, ReportSamples.WARNING), List.of())))
                .get("runs").get(0).get("results");

        assertThat(results.get(0).get("properties").get("language").asText()).isEqualTo("python");
        assertThat(results.get(1).get("properties")).isNull();
        assertThat(results.get(2).get("properties").get("language").asText()).isEqualTo("java");
    }

    @Test
    void resultsPointIntoTheRuleTableWithRootRelativeUris() {
        JsonNode result = run.get("results").get(0);
        JsonNode location = result.get("locations").get(0).get("physicalLocation");

        assertThat(result.get("ruleId").asText()).isEqualTo("ExampleRule");
        assertThat(result.get("ruleIndex").asInt()).isZero();
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.get("message").get("text").asText()).isEqualTo("Example call `a.b()` is wrong.");
        assertThat(location.get("artifactLocation").toString())
                .isEqualTo("{\"uri\":\"src/Main%20Class.java\",\"uriBaseId\":\"%SRCROOT%\"}");
        assertThat(location.get("region").toString())
                .as("SARIF end columns are exclusive")
                .isEqualTo("{\"startLine\":3,\"startColumn\":5,\"endLine\":3,\"endColumn\":21}");
        assertThat(result.get("partialFingerprints").get("ormlint/v1").asText()).isEqualTo("0123456789abcdef");
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
                .isEqualTo(ReportSamples.ROOT.toUri().toASCIIString().replaceAll("/?$", "/"));
    }

    @Test
    void levelsMapInfoToNoteAndUrisEncodeNonAsciiAndHash() {
        JsonNode info = run.get("results").get(2);

        assertThat(run.get("results").findValuesAsText("level")).containsExactly("error", "warning", "note");
        assertThat(info.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("src/Gr%C3%BC%C3%9Fe%231.java");
    }

    @Test
    void textEditsBecomeAFixWithTheHintAsDescription() {
        JsonNode fix = run.get("results").get(0).get("fixes").get(0);

        assertThat(fix.get("description").get("text").asText()).isEqualTo("Call c() instead.");
        assertThat(fix.get("artifactChanges").get(0).get("replacements").toString())
                .isEqualTo("[{\"deletedRegion\":{\"charOffset\":40,\"charLength\":5},\"insertedContent\":{\"text\":\"c()\"}}]");
        assertThat(run.get("results").get(1).has("fixes")).isFalse();
    }

    @Test
    void noticesBecomeToolExecutionNotifications() {
        JsonNode invocation = run.get("invocations").get(0);
        JsonNode notifications = invocation.get("toolExecutionNotifications");

        assertThat(invocation.get("executionSuccessful").asBoolean()).as("a rule failed").isFalse();
        assertThat(notifications.findValuesAsText("id")).containsExactly("parse-error", "internal-error");
        assertThat(notifications.findValuesAsText("level")).containsExactly("warning", "error");
        assertThat(notifications.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation")
                .get("uri").asText()).isEqualTo("src/Broken.java");
        assertThat(notifications.get(1).has("locations")).isFalse();
    }

    @Test
    void skippedFilesAloneLeaveTheExecutionSuccessful() {
        ScanResult result = ReportSamples.result(List.of(), List.of(ReportSamples.PARSE_ERROR));
        String output = render(new SarifReporter(ReportSamples.TOOL), result);

        assertThat(parse(output).get("runs").get(0).get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
        assertThat(SarifSchema.violations(output)).isEmpty();
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
