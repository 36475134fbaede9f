package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-file gate of the rule pass: which Java rules a file's text can concern. A rule is
 * triggered by its own {@link JavaRule#triggers()} and by the simple names of the project's
 * subtypes of its {@link JavaRule#triggerTypes()}, known once the index is built. A file no rule is
 * triggered by is never parsed in full.
 */
public final class RuleTriggers {

    private final Map<RuleDescriptor, Set<String>> triggers;

    private RuleTriggers(Map<RuleDescriptor, Set<String>> triggers) {
        this.triggers = triggers;
    }

    public static RuleTriggers of(List<RuleDescriptor> javaRules, ProjectIndex index) {
        Map<RuleDescriptor, Set<String>> triggers = new LinkedHashMap<>();
        for (RuleDescriptor descriptor : javaRules) {
            JavaRule rule = (JavaRule) descriptor.rule();
            Set<String> words = new HashSet<>(rule.triggers());
            for (TypeInfo type : index.declaredTypes()) {
                if (rule.triggerTypes().stream().anyMatch(t -> index.isSubtype(type.qualifiedName(), t))) {
                    words.add(type.simpleName());
                }
            }
            triggers.put(descriptor, Set.copyOf(words));
        }
        return new RuleTriggers(triggers);
    }

    /** The rules {@code source} mentions a trigger of, in their registry order. */
    public List<RuleDescriptor> triggered(String source) {
        return triggers.entrySet().stream()
                .filter(e -> Triggers.any(source, e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
