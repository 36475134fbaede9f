package dev.ormlint.analyzer.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * How the JSON and SARIF reporters stream: one indented document that leaves the writer open, and
 * the fields both formats write the same way.
 */
final class JsonWriting {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Writes part of a document; a lambda, so nesting reads in the order it is written. */
    @FunctionalInterface
    interface Content {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private JsonWriting() {
    }

    /** Writes one top-level object, then a final newline, and flushes {@code out}. */
    static void document(Writer out, Content fields) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            fields.writeTo(json);
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** The object {@code field} holding the tool's name, version and home page. */
    static void writeTool(JsonGenerator json, String field, ToolInfo tool, Content more) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("name", tool.name());
        json.writeStringField("version", tool.version());
        json.writeStringField("informationUri", tool.informationUri());
        more.writeTo(json);
        json.writeEndObject();
    }

    static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
