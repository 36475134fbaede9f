package dev.ormlint.analyzer;

import java.util.Locale;

/** How bad a finding is; ordered from most to least severe. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** True when this severity is as bad as {@code threshold} or worse. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error|warning|info}, case-insensitively. */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or info)", e);
        }
    }
}
