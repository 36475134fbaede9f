package dev.ormlint.analyzer.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.SourceRange;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.config.ProjectConfig;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.java.TypeFacts;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the Java rules over one parsed file: a single pre-order walk that hands each node to the
 * rules that asked for its class. A rule that throws is reported as a notice for this file; the
 * other rules and files go on.
 */
public final class JavaFileCheck {

    private final List<RuleRun> runs;
    private final Map<Class<?>, List<RuleRun>> dispatch = new HashMap<>();
    private final String path;

    private JavaFileCheck(List<RuleRun> runs, String path) {
        this.runs = runs;
        this.path = path;
    }

    /**
     * Checks {@code unit} with {@code rules}, already chosen for this file by {@link RuleTriggers}.
     *
     * @return the findings; rule failures go to {@code notices}
     */
    public static List<Finding> run(List<RuleDescriptor> rules, CompilationUnit unit, String source, String path,
                                    ProjectIndex index, Supplier<ProjectConfig> configuration, RuleOptions options,
                                    Consumer<Notice> notices) {
        TypeFacts types = new TypeFacts(unit, index);
        List<Finding> findings = new ArrayList<>();
        List<RuleRun> runs = new ArrayList<>();
        for (RuleDescriptor descriptor : rules) {
            runs.add(new RuleRun(descriptor, descriptor.implementation(JavaRule.class).orElseThrow(), unit, source,
                    path, types, index, configuration, options, findings));
        }
        if (runs.isEmpty()) {
            return findings;
        }
        new JavaFileCheck(runs, path).walk(unit, notices);
        return findings;
    }

    private void walk(CompilationUnit unit, Consumer<Notice> notices) {
        RuleFailures failures = new RuleFailures(path, notices);
        unit.walk(Node.TreeTraversal.PREORDER, node -> {
            for (RuleRun run : dispatch.computeIfAbsent(node.getClass(), this::runsFor)) {
                failures.run(run.descriptor.id(), () -> run.rule.visit(node, run));
            }
        });
    }

    private List<RuleRun> runsFor(Class<?> nodeClass) {
        return runs.stream()
                .filter(r -> r.rule.nodeTypes().stream().anyMatch(t -> t.isAssignableFrom(nodeClass)))
                .toList();
    }

    private static final class RuleRun implements JavaContext {
        final RuleDescriptor descriptor;
        final JavaRule rule;
        private final CompilationUnit unit;
        private final String source;
        private final String path;
        private final TypeFacts types;
        private final ProjectIndex index;
        private final Supplier<ProjectConfig> configuration;
        private final RuleOptions options;
        private final List<Finding> findings;

        RuleRun(RuleDescriptor descriptor, JavaRule rule, CompilationUnit unit, String source, String path,
                TypeFacts types, ProjectIndex index, Supplier<ProjectConfig> configuration, RuleOptions options,
                List<Finding> findings) {
            this.descriptor = descriptor;
            this.rule = rule;
            this.unit = unit;
            this.source = source;
            this.path = path;
            this.types = types;
            this.index = index;
            this.configuration = configuration;
            this.options = options;
            this.findings = findings;
        }

        @Override
        public CompilationUnit compilationUnit() {
            return unit;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public String source() {
            return source;
        }

        @Override
        public TypeFacts types() {
            return types;
        }

        @Override
        public ProjectIndex index() {
            return index;
        }

        @Override
        public ProjectConfig configuration() {
            return configuration.get();
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
        public void report(Node node, Severity severity, String message, String fixHint, List<TextEdit> edits) {
            if (node.getRange().isEmpty() || Suppressions.isSuppressed(node, descriptor.id())) {
                return;
            }
            findings.add(Finding.of(descriptor.id(), severity, path, source, SourceRange.of(node.getRange().get()),
                    message, fixHint, edits));
        }
    }
}
