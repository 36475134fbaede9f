package dev.ormlint.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.testing.RuleTester;
import org.junit.jupiter.api.Test;

class LegacyCriteriaQueryTest {

    private final RuleTester tester = RuleTester.of(new LegacyCriteriaQuery());

    @Test
    void createCriteriaOnSessionsFromEveryKindOfReceiver() {
        tester.addSource("com/acme/OrderDao.java", """
                package com.acme;

                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.SessionFactory;
                import org.hibernate.criterion.Restrictions;

                class OrderDao {
                    private SessionFactory sessionFactory;
                    private Session session;

                    private Session currentSession() {
                        return sessionFactory.getCurrentSession();
                    }

                    List<?> byField() {
                        // BUG: Diagnostic contains: session.createCriteria(Order.class)
                        return session.createCriteria(Order.class).add(Restrictions.eq("status", "OPEN")).list();
                    }

                    List<?> byThisField() {
                        // BUG: Diagnostic contains: removed in Hibernate 6
                        return this.session.createCriteria(Order.class, "o").list();
                    }

                    List<?> byFactory() {
                        // BUG: Diagnostic contains: sessionFactory.getCurrentSession().createCriteria
                        return sessionFactory.getCurrentSession().createCriteria(Order.class).list();
                    }

                    List<?> byHelper() {
                        // BUG: Diagnostic contains: currentSession().createCriteria
                        return currentSession().createCriteria(Order.class).createCriteria("lines").list();
                    }

                    List<?> byParameter(Session s) {
                        var local = s;
                        // BUG: Diagnostic contains: local.createCriteria
                        return local.createCriteria(Order.class).list();
                    }
                }

                class Order {
                }
                """).expectMarkedFindings();
    }

    @Test
    void sessionUnwrappedFromAnEntityManagerButNotOtherUnwrappedTypes() {
        tester.addSource("com/acme/DynamicDao.java", """
                package com.acme;

                import jakarta.persistence.EntityManager;
                import org.hibernate.Session;
                import org.hibernate.SessionFactory;

                class DynamicDao {
                    private EntityManager em;

                    Object criteria(Class<?> type) {
                        // BUG: Diagnostic contains: em.unwrap(Session.class).createCriteria(type)
                        return em.unwrap(Session.class).createCriteria(type);
                    }

                    Object notASession() {
                        return em.unwrap(Finder.class).createCriteria(Order.class);
                    }
                }

                class Finder {
                    Object createCriteria(Class<?> type) {
                        return null;
                    }
                }

                class Order {
                }
                """).expectMarkedFindings();
    }

    @Test
    void detachedCriteriaAndHibernateTemplate() {
        tester.addSource("com/acme/ReportDao.java", """
                package com.acme;

                import static org.hibernate.criterion.DetachedCriteria.forClass;

                import org.hibernate.criterion.DetachedCriteria;
                import org.springframework.orm.hibernate5.HibernateTemplate;

                class ReportDao {
                    private HibernateTemplate template;

                    Object run() {
                        // BUG: Diagnostic contains: DetachedCriteria.forClass(Report.class)
                        DetachedCriteria criteria = DetachedCriteria.forClass(Report.class);
                        // BUG: Diagnostic contains: template.findByCriteria(criteria)
                        template.findByCriteria(criteria);
                        // BUG: Diagnostic contains: forClass(Report.class)
                        return forClass(Report.class);
                    }
                }

                class Report {
                }
                """).expectMarkedFindings();
    }

    @Test
    void projectSessionWrapperWhoseCreateCriteriaReturnsLegacyCriteria() {
        tester.addSource("com/acme/db/DbSession.java", """
                package com.acme.db;

                // BUG: Diagnostic contains: Imports org.hibernate.Criteria
                import org.hibernate.Criteria;

                public class DbSession {
                    public Criteria createCriteria(Class<?> type) {
                        throw new UnsupportedOperationException();
                    }
                }
                """)
                .addSource("com/acme/PatientDao.java", """
                package com.acme;

                import com.acme.db.DbSession;

                class PatientDao {
                    private DbSession db;

                    Object all() {
                        // BUG: Diagnostic contains: db.createCriteria(Patient.class)
                        return db.createCriteria(Patient.class).list();
                    }
                }

                class Patient {
                }
                """).expectMarkedFindings();
    }

    @Test
    void fileThatOnlyImportsLegacyCriteriaIsReportedAtTheImport() {
        ScanResult result = tester.addSource("com/acme/Filters.java", """
                package com.acme;

                // BUG: Diagnostic contains: Imports org.hibernate.Criteria
                import org.hibernate.Criteria;
                import org.hibernate.criterion.Restrictions;

                class Filters {
                    static Criteria open(Criteria criteria) {
                        return criteria.add(Restrictions.eq("status", "OPEN"));
                    }
                }
                """).expectMarkedFindings();
        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.range().startColumn()).isEqualTo(1));
    }

    @Test
    void nearMissesStaySilent() {
        tester.addSource("com/acme/jpa/JpaQueries.java", """
                package com.acme.jpa;

                import jakarta.persistence.EntityManager;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import org.hibernate.query.criteria.HibernateCriteriaBuilder;

                class JpaQueries {
                    private EntityManager em;
                    private HibernateCriteriaBuilder hcb;

                    Object jpa() {
                        CriteriaBuilder cb = em.getCriteriaBuilder();
                        CriteriaQuery<String> cq = cb.createQuery(String.class);
                        return em.createQuery(cq).getResultList();
                    }

                    Object hibernate6() {
                        return hcb.createQuery(String.class);
                    }

                    CriteriaQuery<String> createCriteria(Class<String> type) {
                        return em.getCriteriaBuilder().createQuery(type);
                    }

                    Object ownCreateCriteria() {
                        return createCriteria(String.class);
                    }
                }
                """)
                .addSource("com/acme/search/SearchCriteria.java", """
                package com.acme.search;

                import java.util.ArrayList;
                import java.util.List;

                public class SearchCriteria {
                    private final List<String> restrictions = new ArrayList<>();

                    public SearchCriteria add(String restriction) {
                        restrictions.add(restriction);
                        return this;
                    }

                    public static SearchCriteria createCriteria(Class<?> type) {
                        return new SearchCriteria().add(type.getName());
                    }

                    static Object use(Unknown unknown) {
                        return unknown.createCriteria(String.class);
                    }
                }
                """)
                .expectNoFindings();
    }

    @Test
    void suppressedByAnnotationOnTheMethodOrClass() {
        tester.addSource("com/acme/LegacyDao.java", """
                package com.acme;

                import org.hibernate.Session;

                class LegacyDao {
                    private Session session;

                    @SuppressWarnings("ormlint:LegacyCriteriaQuery")
                    Object kept() {
                        return session.createCriteria(LegacyDao.class).list();
                    }

                    @SuppressWarnings({"unchecked", "ormlint"})
                    Object all() {
                        return session.createCriteria(LegacyDao.class).list();
                    }

                    Object other() {
                        @SuppressWarnings("ormlint:LegacyCriteriaQuery")
                        Object local = session.createCriteria(LegacyDao.class).list();
                        // BUG: Diagnostic contains: session.createCriteria
                        return session.createCriteria(LegacyDao.class).list();
                    }

                    @SuppressWarnings("ormlint:EntityPersistLoop")
                    Object otherRuleSuppressed() {
                        // BUG: Diagnostic contains: session.createCriteria
                        return session.createCriteria(LegacyDao.class).list();
                    }
                }
                """).expectMarkedFindings();
    }

    /** #16: Hibernate Search's FullTextSession and Hibernate 3's classic Session are Sessions. */
    @Test
    void createCriteriaOnLibrarySubtypesOfSession() {
        RuleTester.of(new LegacyCriteriaQuery()).addSource("com/acme/Indexer.java", """
                package com.acme;

                import org.hibernate.search.FullTextSession;

                class Indexer {
                    Object scroll(FullTextSession ftSession, Class<?> type) {
                        // BUG: Diagnostic contains: ftSession.createCriteria(type)
                        return ftSession.createCriteria(type).scroll();
                    }

                    Object list(org.hibernate.classic.Session session) {
                        // BUG: Diagnostic contains: session.createCriteria(Indexer.class)
                        return session.createCriteria(Indexer.class).list();
                    }
                }
                """).expectMarkedFindings();
    }

    /** #16: criterion types used as parameters or fields break a Hibernate 6 compile too (dhis2 TokenUtils). */
    @Test
    void criterionTypesAreReportedAtTheirImport() {
        RuleTester.of(new LegacyCriteriaQuery())
                .addSource("com/acme/TokenUtils.java", """
                        package com.acme;

                        // BUG: Diagnostic contains: Imports org.hibernate.criterion.MatchMode
                        import org.hibernate.criterion.MatchMode;

                        class TokenUtils {
                            static String like(String token, MatchMode mode) {
                                return mode.toMatchString(token);
                            }
                        }
                        """)
                .addSource("com/acme/Orders.java", """
                        package com.acme;

                        // BUG: Diagnostic contains: Imports org.hibernate.criterion.*
                        import org.hibernate.criterion.*;

                        class Orders {
                            private Criterion active;
                        }
                        """)
                .addSource("com/acme/Modern.java", """
                        package com.acme;

                        import org.hibernate.query.criteria.HibernateCriteriaBuilder;

                        class Modern {
                            private HibernateCriteriaBuilder builder;
                        }
                        """)
                .expectMarkedFindings();
    }
}
