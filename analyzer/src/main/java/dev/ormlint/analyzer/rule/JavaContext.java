package dev.ormlint.analyzer.rule;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.config.ProjectConfig;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.List;

/** What a {@link JavaRule} sees of the file being checked, and where it reports. */
public interface JavaContext {

    CompilationUnit compilationUnit();

    /** The file's path relative to the scan root, '/'-separated. */
    String path();

    /** The file's full text, as parsed. */
    String source();

    TypeFacts types();

    ProjectIndex index();

    /**
     * The project's configuration files, the same a {@link ProjectContext} sees, read on first use;
     * empty in front ends that see one compilation unit at a time.
     */
    ProjectConfig configuration();

    /** A rule option ({@code --option RuleId.key=value}), or {@code defaultValue} when unset. */
    String option(String key, String defaultValue);

    /** The rule's declared severity, the one its findings have unless it reports one at another. */
    Severity severity();

    /**
     * Reports a finding on {@code node} at {@code severity}, unless a
     * {@code @SuppressWarnings("ormlint[:RuleId]")} on an enclosing declaration suppresses it. A rule
     * names a severity other than its own for a case it can point out but not defend at its own
     * level (a default that may suit the infrastructure, a size it cannot know).
     */
    void report(Node node, Severity severity, String message, String fixHint, List<TextEdit> edits);

    default void report(Node node, String message, String fixHint, List<TextEdit> edits) {
        report(node, severity(), message, fixHint, edits);
    }

    default void report(Node node, String message, String fixHint) {
        report(node, message, fixHint, List.of());
    }
}
