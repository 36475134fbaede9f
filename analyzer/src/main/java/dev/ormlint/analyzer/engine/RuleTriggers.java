package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.util.ArrayList;
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

    /**
     * One rule's gate. Type names can number in the thousands in a large project, so they are
     * looked up among the file's identifiers instead of searched for one by one.
     */
    private record Gate(RuleDescriptor rule, Set<String> words, Set<String> typeNames) {
    }

    private final List<Gate> gates;

    private RuleTriggers(List<Gate> gates) {
        this.gates = gates;
    }

    public static RuleTriggers of(List<RuleDescriptor> javaRules, ProjectIndex index) {
        List<Gate> gates = new ArrayList<>();
        for (RuleDescriptor descriptor : javaRules) {
            JavaRule rule = descriptor.implementation(JavaRule.class).orElseThrow();
            Set<String> typeNames = new HashSet<>();
            if (!rule.triggerTypes().isEmpty()) {
                for (TypeInfo type : index.declaredTypes()) {
                    if (rule.triggerTypes().stream().anyMatch(t -> index.isSubtype(type.qualifiedName(), t))) {
                        typeNames.add(type.simpleName());
                    }
                }
            }
            gates.add(new Gate(descriptor, Set.copyOf(rule.triggers()), Set.copyOf(typeNames)));
        }
        return new RuleTriggers(gates);
    }

    /** Per rule id, the simple names of the project's types that trigger it; they depend on the whole index. */
    public Map<String, Set<String>> typeNames() {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        gates.forEach(gate -> names.put(gate.rule().id(), gate.typeNames()));
        return names;
    }

    /** The rules {@code source} mentions a trigger of, in their registry order. */
    public List<RuleDescriptor> triggered(String source) {
        Set<String> identifiers = null;
        List<RuleDescriptor> triggered = new ArrayList<>();
        for (Gate gate : gates) {
            if (Triggers.any(source, gate.words())) {
                triggered.add(gate.rule());
            } else if (!gate.typeNames().isEmpty()) {
                if (identifiers == null) {
                    identifiers = identifiers(source);
                }
                if (identifiers.stream().anyMatch(gate.typeNames()::contains)) {
                    triggered.add(gate.rule());
                }
            }
        }
        return triggered;
    }

    /** Every identifier-like word of the text, comments and literals included: a superset is harmless here. */
    private static Set<String> identifiers(String source) {
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < source.length()) {
            if (Character.isJavaIdentifierStart(source.charAt(i))) {
                int start = i;
                while (i < source.length() && Character.isJavaIdentifierPart(source.charAt(i))) {
                    i++;
                }
                words.add(source.substring(start, i));
            } else {
                i++;
            }
        }
        return words;
    }
}
