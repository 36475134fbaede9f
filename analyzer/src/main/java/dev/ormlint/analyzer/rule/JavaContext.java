package dev.ormlint.analyzer.rule;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.TextEdit;
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

    /** A rule option ({@code --option RuleId.key=value}), or {@code defaultValue} when unset. */
    String option(String key, String defaultValue);

    /**
     * Reports a finding on {@code node}, unless a {@code @SuppressWarnings("ormlint[:RuleId]")}
     * on an enclosing declaration suppresses it.
     */
    void report(Node node, String message, String fixHint, List<TextEdit> edits);

    default void report(Node node, String message, String fixHint) {
        report(node, message, fixHint, List.of());
    }

    /**
     * Reports a finding at {@code severity} instead of the rule's own: a rule that cannot establish
     * what would make its finding a {@code warning} (a loop whose size it cannot know) says so at
     * {@code info}.
     */
    void report(Node node, Severity severity, String message, String fixHint);
}
