package dev.ormlint.analyzer.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * All rules on the class path, found through {@link ServiceLoader}, ordered by id. Implementations
 * in different languages with the same class simple name are one rule ({@link RuleDescriptor#merge}).
 */
public final class RuleRegistry {

    private final Map<String, RuleDescriptor> rules;
    private final List<RuleDescriptor> ordered;

    public RuleRegistry(Collection<? extends Rule> rules) {
        Map<String, List<RuleDescriptor>> implementations = new TreeMap<>();
        rules.stream().map(RuleDescriptor::of)
                .forEach(d -> implementations.computeIfAbsent(d.id(), id -> new ArrayList<>()).add(d));
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        implementations.forEach((id, sameId) -> byId.put(id, RuleDescriptor.merge(sameId)));
        this.rules = Map.copyOf(byId);
        this.ordered = List.copyOf(byId.values());
    }

    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        return new RuleRegistry(found);
    }

    public List<RuleDescriptor> all() {
        return ordered;
    }

    public Optional<RuleDescriptor> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * The rules a scan runs: all of them, or only {@code enabled} when it is not empty, minus
     * {@code disabled}. Unknown ids are a usage error.
     */
    public List<RuleDescriptor> select(Set<String> enabled, Set<String> disabled) {
        for (String id : union(enabled, disabled)) {
            if (!rules.containsKey(id)) {
                String suggestion = rules.keySet().stream().filter(known -> known.equalsIgnoreCase(id)).findFirst()
                        .map(known -> "did you mean " + known + "? ").orElse("");
                throw new IllegalArgumentException("unknown rule '" + id + "' (" + suggestion + "see 'ormlint rules')");
            }
        }
        return ordered.stream()
                .filter(d -> enabled.isEmpty() || enabled.contains(d.id()))
                .filter(d -> !disabled.contains(d.id()))
                .toList();
    }

    /**
     * Checks rule options given as {@code RuleId.key=value}: the rule exists and accepts the key and
     * the value ({@link Rule#checkOption}).
     *
     * @throws IllegalArgumentException naming the option and what is wrong with it
     */
    public void checkOptions(Map<String, String> options) {
        options.forEach((name, value) -> {
            int dot = name.indexOf('.');
            if (dot <= 0 || dot == name.length() - 1) {
                throw new IllegalArgumentException("option '" + name + "' must be RuleId.key=value");
            }
            String id = name.substring(0, dot);
            RuleDescriptor rule = find(id).orElseThrow(() -> new IllegalArgumentException(
                    "unknown rule '" + id + "' in option " + name + " (see 'ormlint rules')"));
            try {
                rule.checkOption(name.substring(dot + 1), value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("option " + name + "=" + value + ": " + id + " " + e.getMessage(), e);
            }
        });
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
