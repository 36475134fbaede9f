package dev.ormlint.analyzer.config;

import java.util.Locale;

/**
 * Spring Boot's relaxed binding for comparing keys: {@code max-lifetime}, {@code maxLifetime} and
 * {@code max_lifetime} name the same property. Upper-case environment-variable style is out of scope.
 */
public final class RelaxedNames {

    private RelaxedNames() {
    }

    public static String canonical(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '-' && c != '_') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code key} is {@code prefix} itself or a key below it. */
    public static boolean isUnder(String key, String prefix) {
        String canonicalKey = canonical(key);
        String canonicalPrefix = canonical(prefix);
        return canonicalKey.equals(canonicalPrefix) || canonicalKey.startsWith(canonicalPrefix + ".")
                || canonicalKey.startsWith(canonicalPrefix + "[");
    }
}
