package dev.ormlint.analyzer.rule;

import dev.ormlint.analyzer.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rule id with its metadata and its implementations, one per language it checks
 * ({@code dev.ormlint.rules.java.PoolMissingRecycle} and {@code dev.ormlint.rules.python.PoolMissingRecycle}
 * are one rule): one id, one summary, one severity, one doc page, one set of options.
 */
public record RuleDescriptor(
        String id, String summary, Severity severity, List<String> tags, String since, List<Rule> implementations) {

    public static final String DOC_FOLDER = "ormlint/rules/";

    public RuleDescriptor {
        tags = List.copyOf(tags);
        implementations = List.copyOf(implementations);
    }

    /**
     * Reads a rule's metadata and checks that the engine can run it.
     *
     * @throws IllegalStateException when the rule could never run or report as declared: no
     *         {@code @RuleInfo}, no class name to be its id, a blank summary, neither a
     *         {@link JavaRule}, a {@link ProjectRule} nor a {@link PythonRule}, or one without
     *         triggers or node types
     */
    public static RuleDescriptor of(Rule rule) {
        Class<?> type = rule.getClass();
        RuleInfo info = type.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw invalid(type, "has no @RuleInfo");
        }
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            throw invalid(type, "is not a named class; a rule's id is its class's simple name");
        }
        if (info.summary().isBlank()) {
            throw invalid(type, "has a blank @RuleInfo summary");
        }
        if (!(rule instanceof JavaRule) && !(rule instanceof ProjectRule) && !(rule instanceof PythonRule)) {
            throw invalid(type, "implements none of JavaRule, ProjectRule and PythonRule, so it would never run");
        }
        if (rule instanceof JavaRule java && (isEmpty(java.triggers()) || isEmpty(java.nodeTypes()))) {
            throw invalid(type, "declares no triggers or no node types, so it would never be called");
        }
        if (rule instanceof PythonRule python && isEmpty(python.nodeTypes())) {
            throw invalid(type, "declares no node types, so it would never be called");
        }
        return new RuleDescriptor(type.getSimpleName(), info.summary(), info.severity(),
                List.of(info.tags()), info.since(), List.of(rule));
    }

    /**
     * One rule of the implementations of one id, Java first: they must agree on what the rule is
     * (summary and severity); tags are the union, {@code since} the first implementation's.
     *
     * @throws IllegalStateException when two implementations of the id are for the same language or disagree
     */
    static RuleDescriptor merge(List<RuleDescriptor> sameId) {
        List<RuleDescriptor> ordered = new ArrayList<>(sameId);
        ordered.sort(Comparator.comparing(d -> d.languages().iterator().next()));
        RuleDescriptor first = ordered.get(0);
        Set<String> tags = new LinkedHashSet<>();
        List<Rule> implementations = new ArrayList<>();
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (RuleDescriptor d : ordered) {
            Language language = d.languages().iterator().next();
            if (!languages.add(language)) {
                throw new IllegalStateException("two " + language.label() + " rules share the id " + d.id() + ": "
                        + names(ordered));
            }
            if (!d.summary().equals(first.summary()) || d.severity() != first.severity()) {
                throw new IllegalStateException("the implementations of rule " + d.id() + " (" + names(ordered)
                        + ") must declare the same @RuleInfo summary and severity: one id is one rule");
            }
            tags.addAll(d.tags());
            implementations.addAll(d.implementations());
        }
        return new RuleDescriptor(first.id(), first.summary(), first.severity(), List.copyOf(tags), first.since(),
                implementations);
    }

    /** The implementation of kind {@code kind} ({@link JavaRule}, {@link ProjectRule}, {@link PythonRule}), if any. */
    public <T extends Rule> Optional<T> implementation(Class<T> kind) {
        return implementations.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    public boolean has(Class<? extends Rule> kind) {
        return implementation(kind).isPresent();
    }

    /** The languages this rule checks, in declaration order of {@link Language}. */
    public Set<Language> languages() {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        implementations.forEach(rule -> languages.add(Language.of(rule)));
        return languages;
    }

    /**
     * Checks one option of this rule: every implementation must accept it, so that an option means
     * the same in every language the rule checks.
     *
     * @throws IllegalArgumentException from the first implementation that refuses it
     */
    public void checkOption(String key, String value) {
        for (Rule rule : implementations) {
            rule.checkOption(key, value);
        }
    }

    /** The rule's markdown doc page, shipped as a resource beside the rule. */
    public Optional<String> docPage() {
        try (InputStream in = implementations.get(0).getClass().getClassLoader()
                .getResourceAsStream(DOC_FOLDER + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String names(List<RuleDescriptor> descriptors) {
        return String.join(" and ", descriptors.stream()
                .flatMap(d -> d.implementations().stream()).map(r -> r.getClass().getName()).toList());
    }

    private static boolean isEmpty(Collection<?> values) {
        return values == null || values.isEmpty();
    }

    private static IllegalStateException invalid(Class<?> type, String problem) {
        return new IllegalStateException("rule " + type.getName() + " " + problem);
    }
}
