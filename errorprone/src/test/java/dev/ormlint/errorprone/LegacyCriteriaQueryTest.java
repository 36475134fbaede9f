package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class LegacyCriteriaQueryTest {

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(LegacyCriteriaQuery.class, getClass());

    @Test
    void legacyQueriesAreWarningsWithTheRuleMessage() {
        helper.addSourceLines("com/acme/OrderDao.java", """
                package com.acme;

                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.DetachedCriteria;
                import org.hibernate.criterion.Restrictions;

                class OrderDao {
                    private Session session;

                    List<?> open() {
                        // BUG: Diagnostic contains: Legacy Hibernate Criteria query `session.createCriteria(OrderDao.class)`
                        return session.createCriteria(OrderDao.class)
                                .add(Restrictions.eq("status", "OPEN"))
                                .list();
                    }

                    DetachedCriteria detached() {
                        // BUG: Diagnostic contains: Run `ormlint migrate`
                        return DetachedCriteria.forClass(OrderDao.class);
                    }
                }
                """).doTest();
    }

    @Test
    void fileThatOnlyImportsLegacyCriteriaIsReportedAtTheImport() {
        helper.addSourceLines("com/acme/Filters.java", """
                package com.acme;

                // BUG: Diagnostic contains: Imports org.hibernate.Criteria
                import org.hibernate.Criteria;
                import org.hibernate.criterion.Restrictions;

                class Filters {
                    static Criteria open(Criteria criteria) {
                        return criteria.add(Restrictions.eq("status", "OPEN"));
                    }
                }
                """).doTest();
    }

    @Test
    void bothSuppressionFormsOnClassesMethodsAndVariables() {
        helper.addSourceLines("com/acme/LegacyDao.java", """
                package com.acme;

                import org.hibernate.Session;

                class LegacyDao {
                    private Session session;

                    @SuppressWarnings("LegacyCriteriaQuery")
                    Object errorProneName() {
                        return session.createCriteria(LegacyDao.class).list();
                    }

                    @SuppressWarnings("ormlint:LegacyCriteriaQuery")
                    Object ormlintName() {
                        return session.createCriteria(LegacyDao.class).list();
                    }

                    @SuppressWarnings({"unchecked", "ormlint"})
                    Object everyOrmlintRule() {
                        return session.createCriteria(LegacyDao.class).list();
                    }

                    Object onLocalVariables() {
                        @SuppressWarnings("LegacyCriteriaQuery")
                        Object first = session.createCriteria(LegacyDao.class).list();
                        @SuppressWarnings("ormlint:LegacyCriteriaQuery")
                        Object second = session.createCriteria(LegacyDao.class).list();
                        // BUG: Diagnostic contains: session.createCriteria
                        return session.createCriteria(LegacyDao.class).list();
                    }

                    @SuppressWarnings("EntityPersistLoop")
                    Object otherRuleSuppressed() {
                        // BUG: Diagnostic contains: session.createCriteria
                        return session.createCriteria(LegacyDao.class).list();
                    }

                    @SuppressWarnings("LegacyCriteriaQuery")
                    static class Nested {
                        private Session session;

                        Object inSuppressedClass() {
                            return session.createCriteria(Nested.class).list();
                        }
                    }

                    // BUG: Diagnostic contains: session.createCriteria
                    private final Object inFieldInitializer = session.createCriteria(LegacyDao.class);

                    @SuppressWarnings("LegacyCriteriaQuery")
                    private final Object inSuppressedField = session.createCriteria(LegacyDao.class);
                }

                record Query(Session session) {
                    Query {
                        @SuppressWarnings("LegacyCriteriaQuery")
                        Object suppressed = session.createCriteria(Query.class);
                        // BUG: Diagnostic contains: session.createCriteria
                        session.createCriteria(Query.class).list();
                    }
                }
                """).doTest();
    }

    @Test
    void jpaCriteriaAndLookalikesStaySilent() {
        helper.addSourceLines("com/acme/JpaQueries.java", """
                package com.acme;

                import javax.persistence.EntityManager;
                import javax.persistence.criteria.CriteriaBuilder;
                import javax.persistence.criteria.CriteriaQuery;

                class JpaQueries {
                    private EntityManager em;

                    Object jpa() {
                        CriteriaBuilder cb = em.getCriteriaBuilder();
                        CriteriaQuery<String> cq = cb.createQuery(String.class);
                        return em.createQuery(cq).getResultList();
                    }

                    CriteriaQuery<String> createCriteria(Class<String> type) {
                        return em.getCriteriaBuilder().createQuery(type);
                    }

                    Object ownCreateCriteria() {
                        return createCriteria(String.class);
                    }
                }
                """).expectNoDiagnostics().doTest();
    }

    /** An unmarked line with a diagnostic fails the helper, so this proves the flag turns the check off. */
    @Test
    void errorProneFlagsConfigureTheCheckByRuleId() {
        helper.setArgs("-Xep:LegacyCriteriaQuery:OFF")
                .addSourceLines("com/acme/OrderDao.java", """
                package com.acme;

                import org.hibernate.Session;

                class OrderDao {
                    Object open(Session session) {
                        return session.createCriteria(OrderDao.class).list();
                    }
                }
                """).doTest();
    }
}
