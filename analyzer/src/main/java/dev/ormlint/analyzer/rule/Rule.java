package dev.ormlint.analyzer.rule;

/**
 * A check, found through {@link java.util.ServiceLoader}. Implement {@link JavaRule} for Java
 * source checks or {@link ProjectRule} for checks over configuration files; annotate with
 * {@link RuleInfo}.
 */
public interface Rule {

    /**
     * Checks one option ({@code RuleId.key=value}) before a scan starts, so that a misspelt key or a
     * bad value is a usage error instead of being ignored or falling back silently. A rule that
     * takes options overrides this; the default accepts none.
     *
     * @throws IllegalArgumentException saying what is wrong with the key or the value
     */
    default void checkOption(String key, String value) {
        throw new IllegalArgumentException("takes no option '" + key + "'");
    }
}
