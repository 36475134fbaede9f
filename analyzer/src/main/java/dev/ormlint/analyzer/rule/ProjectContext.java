package dev.ormlint.analyzer.rule;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.SourceRange;
import dev.ormlint.analyzer.config.ProjectConfig;
import dev.ormlint.analyzer.index.ProjectIndex;
import java.util.List;

/** What a {@link ProjectRule} sees of the scan, and where it reports. */
public interface ProjectContext {

    /** The configuration files discovered by the scan (everything that is not Java). */
    List<SourceFile> configFiles();

    /**
     * The configuration files read into the configurations the project's applications run with;
     * read once per scan and shared by all project rules (unreadable files are notices already).
     */
    ProjectConfig configuration();

    ProjectIndex index();

    String option(String key, String defaultValue);

    /** The rule's declared severity, the one its findings have unless it reports one at another. */
    Severity severity();

    /** Reports a finding at {@code severity} instead of the declared one, as {@link JavaContext} explains. */
    void report(SourceFile file, SourceRange range, Severity severity, String message, String fixHint);

    default void report(SourceFile file, SourceRange range, String message, String fixHint) {
        report(file, range, severity(), message, fixHint);
    }

    /** A file the rule could not read or parse: reported beside the findings, the scan goes on. */
    void notice(Notice notice);
}
