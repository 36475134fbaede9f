package dev.ormlint.rewriter.criteria;

/** What a migrated query is written as. */
public enum MigrationStyle {
    /** {@code CriteriaBuilder} / {@code CriteriaQuery.select(root).where(...)}, run by {@code session.createQuery(cq)}. */
    CRITERIA,
    /** A typed HQL string with named parameters, run by {@code session.createQuery(hql, X.class)}. */
    HQL
}
