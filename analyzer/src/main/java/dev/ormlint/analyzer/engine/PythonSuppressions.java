package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PyTree;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's suppression comments, in mypy's form: {@code # ormlint: ignore[RuleId]} (several ids
 * separated by commas) or {@code # ormlint: ignore} for every rule, on the finding's line or on the
 * first line of an enclosing {@code def} or {@code class}.
 */
public final class PythonSuppressions {

    private static final Pattern COMMENT = Pattern.compile("#\\s*ormlint:\\s*ignore(?:\\[([^\\]]*)])?");
    /** Marks a line on which every rule is suppressed. */
    private static final String EVERY_RULE = "*";
    private static final Set<String> SCOPES = Set.of("function_definition", "class_definition", "decorated_definition");

    /** Line -> the rule ids ignored on it. */
    private final Map<Integer, Set<String>> ignored = new HashMap<>();

    private PythonSuppressions() {
    }

    /** Reads the suppression comments of {@code tree} (only comment tokens count, never string contents). */
    public static PythonSuppressions of(PyTree tree) {
        PythonSuppressions suppressions = new PythonSuppressions();
        if (!tree.source().contains("ormlint")) {
            return suppressions;
        }
        tree.module().walk(node -> {
            if (node.is("comment")) {
                Matcher m = COMMENT.matcher(node.text());
                if (m.find()) {
                    Set<String> ids = suppressions.ignored.computeIfAbsent(node.line(), l -> new HashSet<>());
                    if (m.group(1) == null) {
                        ids.add(EVERY_RULE);
                    } else {
                        for (String id : m.group(1).split(",")) {
                            ids.add(id.strip());
                        }
                    }
                }
            }
        });
        return suppressions;
    }

    public boolean isSuppressed(PyNode node, String ruleId) {
        if (ignored.isEmpty()) {
            return false;
        }
        if (ignoredOn(node.line(), ruleId)) {
            return true;
        }
        for (Optional<PyNode> scope = node.ancestor(SCOPES); scope.isPresent(); scope = scope.get().ancestor(SCOPES)) {
            if (ignoredOn(headerLine(scope.get()), ruleId)) {
                return true;
            }
        }
        return false;
    }

    /** The line of {@code def}/{@code class} itself (a decorated definition starts at its first decorator). */
    private static int headerLine(PyNode scope) {
        return scope.child("definition").orElse(scope).child("name").map(PyNode::line).orElse(scope.line());
    }

    private boolean ignoredOn(int line, String ruleId) {
        Set<String> ids = ignored.get(line);
        return ids != null && (ids.contains(EVERY_RULE) || ids.contains(ruleId));
    }
}
