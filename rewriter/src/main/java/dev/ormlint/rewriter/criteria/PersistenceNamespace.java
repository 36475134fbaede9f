package dev.ormlint.rewriter.criteria;

import java.util.Locale;

/**
 * The package the migrated code's JPA Criteria types come from. JPA Criteria runs on Hibernate 5.2+
 * ({@code javax.persistence}) as on Hibernate 6 ({@code jakarta.persistence}), so a code base can
 * migrate its queries first, on the Hibernate it runs today, and move to Hibernate 6 in a separate,
 * mechanical step.
 */
public enum PersistenceNamespace {

    /** Each module as its code already is: {@code javax} where its sources import only {@code javax.persistence}. */
    AUTO,
    JAVAX,
    JAKARTA;

    /** The namespace a module whose Java sources are {@code texts} uses (see {@link #AUTO}). */
    public static PersistenceNamespace usedBy(Iterable<String> texts) {
        return ModuleNamespaces.of(texts);
    }

    /** {@code javax.persistence.criteria.} or {@code jakarta.persistence.criteria.}; AUTO must be decided first. */
    String criteriaPackage() {
        if (this == AUTO) {
            throw new IllegalStateException("the namespace of a module is decided before its files are migrated");
        }
        return name().toLowerCase(Locale.ROOT) + ".persistence.criteria.";
    }
}
