package dev.ormlint.analyzer.rule;

import dev.ormlint.analyzer.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A loaded rule with the metadata read from its {@link RuleInfo}. */
public record RuleDescriptor(
        String id, String summary, Severity severity, List<String> tags, String since, Rule rule) {

    public static final String DOC_FOLDER = "ormlint/rules/";

    public static RuleDescriptor of(Rule rule) {
        Class<?> type = rule.getClass();
        RuleInfo info = type.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(type.getName() + " implements Rule but has no @RuleInfo");
        }
        return new RuleDescriptor(type.getSimpleName(), info.summary(), info.severity(),
                List.of(info.tags()), info.since(), rule);
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
