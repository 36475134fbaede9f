package dev.ormlint.analyzer.rule;

import java.util.Locale;

/** A source language a rule has an implementation for. */
public enum Language {
    /** Java sources, and the configuration files of Java applications ({@link ProjectRule}s read those). */
    JAVA,
    PYTHON;

    /** Lower case, as `ormlint rules` and SARIF show it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language an implementation checks. */
    static Language of(Rule rule) {
        return rule instanceof PythonRule ? PYTHON : JAVA;
    }
}
