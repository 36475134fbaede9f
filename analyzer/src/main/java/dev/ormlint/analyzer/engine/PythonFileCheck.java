package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PyTree;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the Python rules over one parsed file: a single pre-order walk that hands each node to the
 * rules that asked for its type; a rule that throws is a notice for this file ({@link RuleFailures}).
 */
public final class PythonFileCheck {

    private PythonFileCheck() {
    }

    /** Checks {@code tree} with {@code rules}; rule failures go to {@code notices}. */
    public static List<Finding> run(List<RuleDescriptor> rules, PyTree tree, String path, PythonTypes types,
                                    RuleOptions options, Consumer<Notice> notices) {
        List<Finding> findings = new ArrayList<>();
        PythonSuppressions suppressions = PythonSuppressions.of(tree);
        Map<String, List<RuleRun>> dispatch = new HashMap<>();
        for (RuleDescriptor descriptor : rules) {
            PythonRule rule = descriptor.implementation(PythonRule.class).orElseThrow();
            RuleRun run = new RuleRun(descriptor, rule, tree, path, types, options, suppressions, findings);
            rule.nodeTypes().forEach(type -> dispatch.computeIfAbsent(type, t -> new ArrayList<>()).add(run));
        }
        RuleFailures failures = new RuleFailures(path, notices);
        tree.module().walk(node -> {
            for (RuleRun run : dispatch.getOrDefault(node.type(), List.of())) {
                failures.run(run.descriptor.id(), () -> run.rule.visit(node, run));
            }
        });
        findings.sort(Finding.ORDER);
        return findings;
    }

    private record RuleRun(RuleDescriptor descriptor, PythonRule rule, PyTree tree, String path, PythonTypes types,
                           RuleOptions options, PythonSuppressions suppressions, List<Finding> findings)
            implements PythonContext {

        @Override
        public String source() {
            return tree.source();
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
        public void report(PyNode node, Severity severity, String message, String fixHint, List<TextEdit> edits) {
            if (suppressions.isSuppressed(node, descriptor.id())) {
                return;
            }
            findings.add(Finding.of(descriptor.id(), severity, path, tree.source(), node.range(), message, fixHint,
                    edits));
        }
    }
}
