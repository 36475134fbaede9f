package dev.ormlint.analyzer.rule;

import java.util.Locale;
import java.util.Optional;

/** A source language a rule has an implementation for. */
public enum Language {
    /** Java sources, and the configuration files of Java applications ({@link ProjectRule}s read those). */
    JAVA,
    PYTHON;

    /** Lower case, as `ormlint rules` and SARIF show it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a source file by its name ({@code .java}, {@code .py}); empty for configuration files. */
    public static Optional<Language> ofPath(String path) {
        if (path.endsWith(".java")) {
            return Optional.of(JAVA);
        }
        return path.endsWith(".py") ? Optional.of(PYTHON) : Optional.empty();
    }

    /** The language an implementation checks. */
    static Language of(Rule rule) {
        return rule instanceof PythonRule ? PYTHON : JAVA;
    }
}
