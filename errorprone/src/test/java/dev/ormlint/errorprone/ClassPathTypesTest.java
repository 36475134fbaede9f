package dev.ormlint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Types of the project's other modules reach the compilation as class files: the test domain is
 * compiled with these tests, so javac reads it from the class path, as it reads another module's jar.
 */
class ClassPathTypesTest {

    @Test
    void aDaoWhoseSessionComesFromABaseClassOfAnotherModuleIsMigrated() {
        BugCheckerRefactoringTestHelper.newInstance(LegacyCriteriaQuery.class, getClass())
                .addInputLines("com/acme/CustomerDao.java", """
                        package com.acme;

                        import dev.ormlint.errorprone.testdomain.Customer;
                        import dev.ormlint.errorprone.testdomain.LegacyDaoSupport;
                        import org.hibernate.criterion.Restrictions;

                        class CustomerDao extends LegacyDaoSupport {
                            Object named(String name) {
                                return session().createCriteria(Customer.class).add(Restrictions.eq("name", name)).list();
                            }
                        }
                        """)
                .addOutputLines("com/acme/CustomerDao.java", """
                        package com.acme;

                        import dev.ormlint.errorprone.testdomain.Customer;
                        import dev.ormlint.errorprone.testdomain.LegacyDaoSupport;
                        import jakarta.persistence.criteria.CriteriaBuilder;
                        import jakarta.persistence.criteria.CriteriaQuery;
                        import jakarta.persistence.criteria.Root;

                        class CustomerDao extends LegacyDaoSupport {
                            Object named(String name) {
                                CriteriaBuilder cb = session().getCriteriaBuilder();
                                CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                                Root<Customer> root = cq.from(Customer.class);
                                cq.select(root).where(cb.equal(root.get("name"), name));
                                return session().createQuery(cq).list();
                            }
                        }
                        """)
                .allowBreakingChanges()
                .doTest(TestMode.TEXT_MATCH);
    }

    /** Source level 8 turns modules off: the JDK is then told from the class path by where its classes come from. */
    @ParameterizedTest
    @ValueSource(strings = {"--release 17", "--release 8", "-source 8 -target 8"})
    void aRepositoryOfAnotherModuleSavedInALoopIsReported(String level) {
        CompilationTestHelper.newInstance(EntityPersistLoop.class, getClass())
                .setArgs(List.of(level.split(" ")))
                .addSourceLines("com/acme/Import.java", """
                        package com.acme;

                        import dev.ormlint.errorprone.testdomain.Customer;
                        import dev.ormlint.errorprone.testdomain.CustomerRepository;
                        import java.util.List;

                        class Import {
                            private CustomerRepository customers;

                            void all(List<Customer> rows) {
                                for (Customer row : rows) {
                                    // BUG: Diagnostic contains: CustomerRepository.save(..) saves one Customer per loop iteration
                                    customers.save(row);
                                }
                            }
                        }
                        """)
                .doTest();
    }
}
