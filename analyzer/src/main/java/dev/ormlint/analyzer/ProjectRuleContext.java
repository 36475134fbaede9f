package dev.ormlint.analyzer;

import dev.ormlint.analyzer.config.ProjectConfig;
import dev.ormlint.analyzer.engine.RuleOptions;
import dev.ormlint.analyzer.engine.SourceReader;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.rule.ProjectContext;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.util.List;
import java.util.function.Supplier;

/** The {@link ProjectContext} one project rule gets for one scan. */
final class ProjectRuleContext implements ProjectContext {

    private final RuleDescriptor descriptor;
    private final List<SourceFile> configFiles;
    private final Supplier<ProjectConfig> configuration;
    private final ProjectIndex index;
    private final RuleOptions options;
    private final List<Finding> findings;
    private final List<Notice> notices;

    ProjectRuleContext(RuleDescriptor descriptor, List<SourceFile> configFiles, Supplier<ProjectConfig> configuration,
                       ProjectIndex index, RuleOptions options, List<Finding> findings, List<Notice> notices) {
        this.descriptor = descriptor;
        this.configFiles = configFiles;
        this.configuration = configuration;
        this.index = index;
        this.options = options;
        this.findings = findings;
        this.notices = notices;
    }

    @Override
    public List<SourceFile> configFiles() {
        return configFiles;
    }

    @Override
    public ProjectConfig configuration() {
        return configuration.get();
    }

    @Override
    public ProjectIndex index() {
        return index;
    }

    @Override
    public String option(String key, String defaultValue) {
        return options.get(descriptor.id(), key, defaultValue);
    }

    @Override
    public Severity severity() {
        return descriptor.severity();
    }

    @Override
    public void report(SourceFile file, SourceRange range, Severity severity, String message, String fixHint) {
        SourceReader.Read read = new SourceReader().read(file);
        String source = read.ok() ? read.text() : "";
        findings.add(Finding.of(descriptor.id(), severity, file.relativePath(), source, range, message, fixHint,
                List.of()));
    }

    @Override
    public void notice(Notice notice) {
        notices.add(notice);
    }
}
