package dev.ormlint.analyzer.rule;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PyTree;
import dev.ormlint.analyzer.python.PythonTypes;
import java.util.List;

/** What a {@link PythonRule} sees of the file being checked, and where it reports. */
public interface PythonContext {

    PyTree tree();

    /** The file's path relative to the scan root, '/'-separated. */
    String path();

    /** The file's full text, as parsed. */
    String source();

    /** What names and expressions of this file are: sessions, engines, statements, mapped classes, ... */
    PythonTypes types();

    /** A rule option ({@code --option RuleId.key=value}), or {@code defaultValue} when unset. */
    String option(String key, String defaultValue);

    /** The rule's declared severity, the one its findings have unless it reports one at another. */
    Severity severity();

    /**
     * Reports a finding on {@code node} at {@code severity}, unless an {@code # ormlint: ignore[RuleId]}
     * (or a bare {@code # ormlint: ignore}) comment on its line or on the line of an enclosing
     * {@code def} or {@code class} suppresses it. A rule names a severity other than its own for a
     * case it can point out but not defend at its own level.
     */
    void report(PyNode node, Severity severity, String message, String fixHint, List<TextEdit> edits);

    default void report(PyNode node, String message, String fixHint, List<TextEdit> edits) {
        report(node, severity(), message, fixHint, edits);
    }

    default void report(PyNode node, String message, String fixHint) {
        report(node, message, fixHint, List.of());
    }
}
