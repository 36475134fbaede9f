package dev.ormlint.analyzer;

import java.util.Comparator;
import java.util.List;

/**
 * One reported problem.
 *
 * @param ruleId      the rule's id, e.g. {@code LegacyCriteriaQuery}
 * @param severity    effective severity
 * @param path        file path relative to the scan root, with '/' separators
 * @param range       where in the file
 * @param message     one sentence: what is wrong and why, naming the code involved
 * @param fixHint     how to fix it
 * @param fingerprint hash of the rule, path and normalised source line; stable across edits elsewhere in the file
 * @param edits       optional text edits that fix the finding
 */
public record Finding(
        String ruleId,
        Severity severity,
        String path,
        SourceRange range,
        String message,
        String fixHint,
        String fingerprint,
        List<TextEdit> edits) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(f -> f.range().startLine())
            .thenComparingInt(f -> f.range().startColumn())
            .thenComparing(Finding::ruleId);

    public Finding {
        edits = List.copyOf(edits);
    }

    /**
     * A finding of rule {@code ruleId} at {@code range} of the file at {@code path} whose text is
     * {@code source}, fingerprinted by the line the range starts on. Java and project rules report
     * through this, so both kinds of finding are fingerprinted the same way.
     */
    public static Finding of(String ruleId, Severity severity, String path, String source, SourceRange range,
                             String message, String fixHint, List<TextEdit> edits) {
        String fingerprint = Fingerprints.of(ruleId, path, Fingerprints.lineOf(source, range.startLine()));
        return new Finding(ruleId, severity, path, range, message, fixHint, fingerprint, edits);
    }
}
