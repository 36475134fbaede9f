package dev.ormlint.analyzer;

import dev.ormlint.analyzer.config.ProjectConfig;
import dev.ormlint.analyzer.engine.JavaFileCheck;
import dev.ormlint.analyzer.engine.RuleOptions;
import dev.ormlint.analyzer.engine.RuleTriggers;
import dev.ormlint.analyzer.index.IndexReads;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.SourceIndexing;
import dev.ormlint.analyzer.java.JavaParsing;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Checks in-memory Java sources of one project with every Java rule, for front ends that see one
 * compilation unit at a time (a javac plugin). The index is what the front end knows of the
 * project: at least each source's own types ({@link SourceIndexing}), ideally every source compiled
 * with it; facts about types outside it are unknown and rules stay silent where they would need
 * them. The rules' triggers are worked out from the index once, then each source is checked: one
 * that mentions no trigger is not even parsed. The scan's rule pass checks each file with it too.
 */
public final class SourceCheck {

    private final ProjectIndex index;
    private final RuleTriggers triggers;
    private final RuleOptions options;
    private final Supplier<ProjectConfig> configuration;

    /** {@code configuration} is read only if a rule asks for it. */
    SourceCheck(List<RuleDescriptor> javaRules, ProjectIndex index, RuleOptions options,
                Supplier<ProjectConfig> configuration) {
        this(index, RuleTriggers.of(javaRules, index), options, configuration);
    }

    private SourceCheck(ProjectIndex index, RuleTriggers triggers, RuleOptions options,
                        Supplier<ProjectConfig> configuration) {
        this.index = index;
        this.triggers = triggers;
        this.options = options;
        this.configuration = configuration;
    }

    /**
     * The same check, its rules' index lookups and use of the configuration recorded into
     * {@code reads}; itself when {@code reads} is null.
     */
    public SourceCheck recordingInto(IndexReads reads) {
        return reads == null ? this
                : new SourceCheck(index.recordingInto(reads), triggers, options, reads.recordingUseOf(configuration));
    }

    /** The ids of the rules {@code source} triggers, in registry order. */
    public List<String> triggeredRules(String source) {
        return triggers.triggered(source).stream().map(RuleDescriptor::id).toList();
    }

    /** Per rule id, the project type names that trigger it (see {@link RuleTriggers}). */
    public Map<String, Set<String>> triggerTypeNames() {
        return triggers.typeNames();
    }

    /**
     * @param path    the file's path as findings should show it
     * @param notices receives a parse error or a rule failure instead of an exception
     * @return the findings in line and column order
     */
    public List<Finding> check(String path, String source, Consumer<Notice> notices) {
        List<RuleDescriptor> triggered = triggers.triggered(JavaParsing.javacText(source));
        if (triggered.isEmpty()) {
            return List.of();
        }
        JavaParsing.Parsed parsed = JavaParsing.parse(source);
        if (!parsed.ok()) {
            notices.accept(SourceIndexing.parseError(path, parsed));
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(JavaFileCheck.run(triggered, parsed.unit(), source, path, index,
                configuration, options, notices));
        findings.sort(Finding.ORDER);
        return findings;
    }
}
