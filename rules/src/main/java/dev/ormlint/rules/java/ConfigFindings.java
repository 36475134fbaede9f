package dev.ormlint.rules.java;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.config.ConfigEntry;
import dev.ormlint.analyzer.config.Configuration;
import dev.ormlint.analyzer.rule.ProjectContext;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the problems a rule finds in each configuration and reports each place once: a base
 * file's line that is wrong for several profiles is one finding that names them.
 */
final class ConfigFindings {

    /** {@code severity} is empty for the rule's own. */
    private record Problem(ConfigEntry at, Optional<Severity> severity, String message, String fixHint) {
    }

    private final Map<Problem, Set<String>> profiles = new LinkedHashMap<>();

    /** {@code message} is one sentence without its final period: the profiles go before it. */
    void add(Configuration configuration, ConfigEntry at, String message, String fixHint) {
        add(configuration, at, Optional.empty(), message, fixHint);
    }

    /** A problem reported at {@code severity} rather than at the rule's own. */
    void add(Configuration configuration, ConfigEntry at, Severity severity, String message, String fixHint) {
        add(configuration, at, Optional.of(severity), message, fixHint);
    }

    private void add(Configuration configuration, ConfigEntry at, Optional<Severity> severity, String message,
                     String fixHint) {
        Set<String> in = profiles.computeIfAbsent(new Problem(at, severity, message, fixHint),
                p -> new LinkedHashSet<>());
        if (configuration.profiled()) {
            in.add(configuration.label());
        }
    }

    void reportTo(ProjectContext context) {
        profiles.forEach((problem, in) -> context.report(problem.at().file(), problem.at().range(),
                problem.severity().orElse(context.severity()), problem.message() + where(in) + ".", problem.fixHint()));
    }

    private static String where(Set<String> profiles) {
        if (profiles.isEmpty()) {
            return "";
        }
        return (profiles.size() == 1 ? " (profile: " : " (profiles: ") + String.join(", ", profiles) + ")";
    }
}
