package dev.ormlint.rewriter.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.rewriter.MigrationReport;
import dev.ormlint.rewriter.QueryOutcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Property names written as compile-time constants are folded as javac folds them; anything else is left. */
class ConstantsTest {

    @TempDir
    Path root;

    private MigrationTester tester() {
        MigrationTester tester = MigrationTester.criteria(root);
        tester.write("src/main/java/com/example/dao/Fields.java", """
                package com.example.dao;

                public interface Fields {
                    String ACTIVE = "active";
                }
                """);
        tester.write("src/main/java/com/example/dao/Names.java", """
                package com.example.dao;

                public final class Names {
                    public static final String PREFIX = "address";
                    public static final String CITY = PREFIX + ".city";
                    public static String mutable = "name";
                }
                """);
        return tester;
    }

    @Test
    void constantsOfTheClassItsInterfacesAndOtherClassesAreFolded() {
        tester().rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.Order;
                import org.hibernate.criterion.Restrictions;

                public class Dao implements Fields {
                    private static final String NAME = "name";
                    private final String points = "loyaltyPoints";
                    private Session session;

                    public List<Customer> find(String city) {
                        return session.createCriteria(Customer.class)
                                .add(Restrictions.eq(ACTIVE, true))
                                .add(Restrictions.eq(Names.CITY, city))
                                .add(Restrictions.gt(points, 3))
                                .addOrder(Order.asc(NAME))
                                .list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Root;

                public class Dao implements Fields {
                    private static final String NAME = "name";
                    private final String points = "loyaltyPoints";
                    private Session session;

                    public List<Customer> find(String city) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        cq.select(root)
                                .where(cb.equal(root.get("active"), true), cb.equal(root.get("address").get("city"), city), cb.greaterThan(root.<Integer>get("loyaltyPoints"), 3))
                                .orderBy(cb.asc(root.get("name")));
                        return session.createQuery(cq).list();
                    }
                }
                """);
    }

    @Test
    void aFieldThatIsNotFinalOrALocalOfTheSameNameIsNotAConstant() {
        MigrationReport report = tester().rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                    private static final String NAME = "name";
                    private Session session;

                    public List<Customer> byMutable(String value) {
                        return session.createCriteria(Customer.class).add(Restrictions.eq(Names.mutable, value)).list();
                    }

                    public List<Customer> shadowed(String value) {
                        String NAME = value.isEmpty() ? "email" : "name";
                        return session.createCriteria(Customer.class).add(Restrictions.eq(NAME, value)).list();
                    }
                }
                """);
        assertThat(report.queries()).extracting(QueryOutcome::reason)
                .containsExactly("property name computed at run time", "property name computed at run time");
    }
}
