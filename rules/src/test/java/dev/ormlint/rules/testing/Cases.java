package dev.ormlint.rules.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Java case sources that a rule's test and its Error Prone checker's test both run, kept once in
 * {@code src/test/resources/cases/<RuleId>/<case>.java}. Their {@code // BUG: Diagnostic contains:}
 * markers hold message text the rule and the checker both produce, so the rule test proves the rule
 * reports exactly the marked lines and the checker test proves javac reports the same ones.
 */
public final class Cases {

    private Cases() {
    }

    /** The text of Java case {@code name} of rule {@code ruleId}; fails when there is no such case. */
    public static String read(String ruleId, String name) {
        return resource("/cases/" + ruleId + "/" + name + ".java");
    }

    /** The text of Python case {@code name} of rule {@code ruleId} ({@code <case>.py}, {@code # BUG:} markers). */
    public static String python(String ruleId, String name) {
        return resource("/cases/" + ruleId + "/" + name + ".py");
    }

    private static String resource(String resource) {
        try (InputStream in = Cases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no case source " + resource + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
