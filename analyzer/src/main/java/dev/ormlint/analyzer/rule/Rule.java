package dev.ormlint.analyzer.rule;

/**
 * A check, found through {@link java.util.ServiceLoader}. Implement {@link JavaRule} for Java
 * source checks or {@link ProjectRule} for checks over configuration files; annotate with
 * {@link RuleInfo}.
 */
public interface Rule {
}
