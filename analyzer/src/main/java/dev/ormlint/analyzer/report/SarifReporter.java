package dev.ormlint.analyzer.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.SourceRange;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.rule.Language;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 for code-scanning dashboards, streamed. Artifact URIs are relative to the scan root
 * under the {@code %SRCROOT%} base id, and each result carries the finding's fingerprint so
 * dashboards track it across commits. The mapping is documented in {@code docs/output-formats.md}.
 */
public final class SarifReporter implements Reporter {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SRCROOT = "%SRCROOT%";
    /** Versioned, as the SARIF spec asks of partial fingerprint names. */
    public static final String FINGERPRINT_KEY = "ormlint/v1";

    private final ToolInfo tool;

    public SarifReporter(ToolInfo tool) {
        this.tool = tool;
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        JsonWriting.document(out, json -> {
            json.writeStringField("$schema", SCHEMA_URI);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeDriver(json, result.rules());
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            json.writeStringField("uri", directoryUri(result));
            json.writeEndObject();
            json.writeEndObject();
            writeInvocation(json, result.notices());
            json.writeArrayFieldStart("results");
            Map<String, Integer> ruleIndex = indexById(result.rules());
            for (Finding finding : result.findings()) {
                writeResult(json, finding, ruleIndex.get(finding.ruleId()));
            }
            json.writeEndArray();
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeEndObject();
            json.writeEndArray();
        });
    }

    /** SARIF's name for a severity. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private void writeDriver(JsonGenerator json, List<RuleDescriptor> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        JsonWriting.writeTool(json, "driver", tool, driver -> {
            driver.writeArrayFieldStart("rules");
            for (RuleDescriptor rule : rules) {
                writeRule(driver, rule);
            }
            driver.writeEndArray();
        });
        json.writeEndObject();
    }

    private void writeRule(JsonGenerator json, RuleDescriptor rule) throws IOException {
        String page = rule.docPage().orElse(rule.summary());
        String description = RuleDocs.firstParagraph(page);
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        writeMessage(json, "shortDescription", rule.summary());
        writeMessage(json, "fullDescription", description.isEmpty() ? rule.summary() : description);
        json.writeObjectFieldStart("help");
        json.writeStringField("text", page);
        json.writeStringField("markdown", page);
        json.writeEndObject();
        json.writeStringField("helpUri", tool.ruleHelpUri(rule.id()));
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        JsonWriting.writeStrings(json, "tags", rule.tags());
        JsonWriting.writeStrings(json, "languages", rule.languages().stream().map(Language::label).toList());
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * Notices do not stop a scan, so execution counts as successful unless a rule itself failed
     * (its findings are then missing).
     */
    private static void writeInvocation(JsonGenerator json, List<Notice> notices) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful",
                notices.stream().noneMatch(n -> n.kind() == Notice.Kind.INTERNAL_ERROR));
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (Notice notice : notices) {
            json.writeStartObject();
            json.writeStringField("level", notice.kind() == Notice.Kind.INTERNAL_ERROR ? "error" : "warning");
            writeMessage(json, "message", notice.message());
            json.writeObjectFieldStart("descriptor");
            json.writeStringField("id", NoticeKinds.label(notice.kind()));
            json.writeEndObject();
            if (!notice.path().isEmpty()) {
                writeLocations(json, notice.path(), wholeFile -> { });
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeResult(JsonGenerator json, Finding finding, Integer ruleIndex) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        if (ruleIndex != null) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("level", level(finding.severity()));
        writeMessage(json, "message", finding.message());
        writeLocations(json, finding.path(), region -> writeRegion(region, finding.range()));
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT_KEY, finding.fingerprint());
        json.writeEndObject();
        if (!finding.edits().isEmpty()) {
            writeFix(json, finding);
        }
        Optional<Language> language = Language.ofPath(finding.path());
        if (finding.fixHint() != null || language.isPresent()) {
            json.writeObjectFieldStart("properties");
            if (finding.fixHint() != null) {
                json.writeStringField("fixHint", finding.fixHint());
            }
            if (language.isPresent()) {
                json.writeStringField("language", language.get().label());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** The one-element {@code locations} array pointing at {@code path}, and within it where {@code region} says. */
    private static void writeLocations(JsonGenerator json, String path, JsonWriting.Content region) throws IOException {
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(json, path);
        region.writeTo(json);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** SARIF end columns point one past the last character; ours include it. */
    private static void writeRegion(JsonGenerator json, SourceRange range) throws IOException {
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", range.startLine());
        json.writeNumberField("startColumn", range.startColumn());
        json.writeNumberField("endLine", range.endLine());
        json.writeNumberField("endColumn", range.endColumn() + 1);
        json.writeEndObject();
    }

    private static void writeFix(JsonGenerator json, Finding finding) throws IOException {
        json.writeArrayFieldStart("fixes");
        json.writeStartObject();
        if (finding.fixHint() != null) {
            writeMessage(json, "description", finding.fixHint());
        }
        json.writeArrayFieldStart("artifactChanges");
        json.writeStartObject();
        writeArtifactLocation(json, finding.path());
        json.writeArrayFieldStart("replacements");
        for (TextEdit edit : finding.edits()) {
            json.writeStartObject();
            json.writeObjectFieldStart("deletedRegion");
            json.writeNumberField("charOffset", edit.startOffset());
            json.writeNumberField("charLength", edit.endOffset() - edit.startOffset());
            json.writeEndObject();
            json.writeObjectFieldStart("insertedContent");
            json.writeStringField("text", edit.replacement());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeArtifactLocation(JsonGenerator json, String path) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", relativeUri(path));
        json.writeStringField("uriBaseId", SRCROOT);
        json.writeEndObject();
    }

    private static void writeMessage(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static Map<String, Integer> indexById(List<RuleDescriptor> rules) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.put(rules.get(i).id(), i);
        }
        return index;
    }

    private static String directoryUri(ScanResult result) {
        String uri = result.root().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * A root-relative path as a relative URI reference: every byte outside the unreserved set and
     * '/' is percent-encoded, so spaces, '#', ':' and non-ASCII names stay valid and unambiguous.
     */
    static String relativeUri(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                uri.append(c);
            } else {
                uri.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return uri.toString();
    }
}
