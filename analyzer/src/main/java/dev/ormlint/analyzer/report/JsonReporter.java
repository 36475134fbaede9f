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

/**
 * The report for scripts, streamed field by field. The schema is documented in
 * {@code docs/output-formats.md}; {@link #SCHEMA_VERSION} changes only when a field is removed or
 * changes meaning (new fields may appear without it).
 */
public final class JsonReporter implements Reporter {

    public static final int SCHEMA_VERSION = 1;

    private final ToolInfo tool;

    public JsonReporter(ToolInfo tool) {
        this.tool = tool;
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        JsonWriting.document(out, json -> {
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            JsonWriting.writeTool(json, "tool", tool, nothingMore -> { });
            json.writeStringField("root", result.root().toString());
            writeSummary(json, result);
            json.writeArrayFieldStart("rules");
            for (RuleDescriptor rule : result.rules()) {
                writeRule(json, rule);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                writeFinding(json, finding);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notices");
            for (Notice notice : result.notices()) {
                json.writeStartObject();
                json.writeStringField("path", notice.path());
                json.writeStringField("kind", NoticeKinds.label(notice.kind()));
                json.writeStringField("message", notice.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private static void writeSummary(JsonGenerator json, ScanResult result) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("filesScanned", result.filesScanned());
        json.writeNumberField("findings", result.findings().size());
        json.writeNumberField("errors", result.count(Severity.ERROR));
        json.writeNumberField("warnings", result.count(Severity.WARNING));
        json.writeNumberField("info", result.count(Severity.INFO));
        json.writeNumberField("suppressedByBaseline", result.suppressedByBaseline());
        json.writeNumberField("notices", result.notices().size());
        json.writeNumberField("elapsedMillis", result.elapsed().toMillis());
        json.writeEndObject();
    }

    private static void writeRule(JsonGenerator json, RuleDescriptor rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("severity", rule.severity().label());
        json.writeStringField("summary", rule.summary());
        JsonWriting.writeStrings(json, "tags", rule.tags());
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("path", finding.path());
        json.writeStringField("language", Language.ofPath(finding.path()).map(Language::label).orElse(null));
        SourceRange range = finding.range();
        json.writeObjectFieldStart("range");
        json.writeNumberField("startLine", range.startLine());
        json.writeNumberField("startColumn", range.startColumn());
        json.writeNumberField("endLine", range.endLine());
        json.writeNumberField("endColumn", range.endColumn());
        json.writeEndObject();
        json.writeStringField("message", finding.message());
        json.writeStringField("fixHint", finding.fixHint());
        json.writeStringField("fingerprint", finding.fingerprint());
        json.writeArrayFieldStart("edits");
        for (TextEdit edit : finding.edits()) {
            json.writeStartObject();
            json.writeNumberField("startOffset", edit.startOffset());
            json.writeNumberField("endOffset", edit.endOffset());
            json.writeStringField("replacement", edit.replacement());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
