package dev.ormlint.analyzer.rule;

import dev.ormlint.analyzer.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A loaded rule with the metadata read from its {@link RuleInfo}. */
public record RuleDescriptor(
        String id, String summary, Severity severity, List<String> tags, String since, Rule rule) {

    public static final String DOC_FOLDER = "ormlint/rules/";

    /**
     * Reads a rule's metadata and checks that the engine can run it.
     *
     * @throws IllegalStateException when the rule could never run or report as declared: no
     *         {@code @RuleInfo}, no class name to be its id, a blank summary, neither a
     *         {@link JavaRule} nor a {@link ProjectRule}, or a Java rule without triggers or node types
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
        if (!(rule instanceof JavaRule) && !(rule instanceof ProjectRule)) {
            throw invalid(type, "implements neither JavaRule nor ProjectRule, so it would never run");
        }
        if (rule instanceof JavaRule java && (isEmpty(java.triggers()) || isEmpty(java.nodeTypes()))) {
            throw invalid(type, "declares no triggers or no node types, so it would never be called");
        }
        return new RuleDescriptor(type.getSimpleName(), info.summary(), info.severity(),
                List.of(info.tags()), info.since(), rule);
    }

    private static boolean isEmpty(Collection<?> values) {
        return values == null || values.isEmpty();
    }

    private static IllegalStateException invalid(Class<?> type, String problem) {
        return new IllegalStateException("rule " + type.getName() + " " + problem);
    }

    /** The rule's markdown doc page, shipped as a resource beside the rule. */
    public Optional<String> docPage() {
        try (InputStream in = rule.getClass().getClassLoader().getResourceAsStream(DOC_FOLDER + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
