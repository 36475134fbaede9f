package dev.ormlint.analyzer.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.testing.ParsedProject;
import org.junit.jupiter.api.Test;

class TypeFactsTest {

    private static final String ORDER = """
            package com.acme.domain;

            public class Order {
                public Customer customer;
                public static final Order NONE = new Order();
            }
            """;
    private static final String CUSTOMER = """
            package com.acme.domain;

            public class Customer {
                public String name;
            }
            """;
    private static final String ORDER_REPOSITORY = """
            package com.acme.repo;

            import com.acme.domain.Order;
            import org.springframework.data.jpa.repository.JpaRepository;

            public interface OrderRepository extends JpaRepository<Order, Long> {
                Order findByNumber(String number);
            }
            """;

    private final ParsedProject project = new ParsedProject()
            .add("com/acme/domain/Order.java", ORDER)
            .add("com/acme/domain/Customer.java", CUSTOMER)
            .add("com/acme/repo/OrderRepository.java", ORDER_REPOSITORY);

    @Test
    void declaredTypesOfLocalsVarParametersAndVarArgs() {
        project.add("com/acme/Service.java", """
                package com.acme;

                import com.acme.domain.Order;

                class Service {
                    void run(Order parameter, String... names) {
                        Order local = null;
                        var inferred = new Order();
                        var cast = (Order) null;
                        var text = "literal";
                        probe(local);
                        probe(inferred);
                        probe(cast);
                        probe(text);
                        probe(parameter);
                        probe(names);
                        probe(unknownName);
                        probe((local));
                    }
                }
                """);

        assertThat(project.probes("com/acme/Service.java")).containsExactly(
                "com.acme.domain.Order",
                "com.acme.domain.Order",
                "com.acme.domain.Order",
                "java.lang.String",
                "com.acme.domain.Order",
                "java.lang.String[]",
                ParsedProject.UNKNOWN,
                "com.acme.domain.Order");
    }

    /** #16: openkm reaches its DAOs through static singletons, {@code NodeBaseDAO.getInstance().find(..)}. */
    @Test
    void staticCallsOnATypeNameReturnTheirDeclaredType() {
        project.add("com/acme/NodeDao.java", """
                package com.acme;

                import com.acme.domain.Order;

                public class NodeDao {
                    private static final NodeDao INSTANCE = new NodeDao();

                    public static NodeDao getInstance() {
                        return INSTANCE;
                    }

                    public Order find(String id) {
                        return null;
                    }
                }
                """).add("com/acme/Service.java", """
                package com.acme;

                class Service {
                    void run(String NodeDao) {
                        probe(com.acme.NodeDao.getInstance());
                        probe(NodeDao.getInstance().find("x"));
                        probe(Unknown.getInstance());
                    }

                    void run() {
                        probe(NodeDao.getInstance().find("x"));
                    }
                }
                """);

        assertThat(project.probes("com/acme/Service.java"))
                .as("a qualified type name is not followed; a variable of the type's name wins")
                .containsExactly("?", "?", "?", "com.acme.domain.Order");
    }

    @Test
    void fieldsThisFieldsInheritedFieldsAndFieldsOfOtherTypes() {
        project.add("com/acme/Base.java", """
                package com.acme;

                import com.acme.domain.Customer;

                class Base {
                    protected Customer inherited;
                }
                """);
        project.add("com/acme/Service.java", """
                package com.acme;

                import com.acme.domain.Order;

                class Service extends Base {
                    private Order order;

                    void run() {
                        probe(order);
                        probe(this.order);
                        probe(inherited);
                        probe(this.inherited);
                        probe(order.customer);
                        probe(order.customer.name);
                        probe(Order.NONE);
                        probe(com.acme.domain.Order.NONE);
                    }
                }
                """);

        assertThat(project.probes("com/acme/Service.java")).containsExactly(
                "com.acme.domain.Order",
                "com.acme.domain.Order",
                "com.acme.domain.Customer",
                "com.acme.domain.Customer",
                "com.acme.domain.Customer",
                "java.lang.String",
                "com.acme.domain.Order",
                "com.acme.domain.Order");
    }

    @Test
    void superRefersToTheExtendedClass() {
        project.add("com/acme/BaseDao.java", """
                package com.acme;

                import com.acme.domain.Customer;
                import com.acme.domain.Order;

                class BaseDao {
                    protected Customer customer;

                    Order load() {
                        return null;
                    }
                }
                """);
        project.add("com/acme/OrderDao.java", """
                package com.acme;

                class OrderDao extends BaseDao implements Runnable {
                    @Override
                    public void run() {
                        probe(super.load());
                        probe(super.customer);
                        new Object() {
                            void inner() {
                                probe(super.toString());
                            }
                        };
                    }
                }
                """);
        project.add("com/acme/Task.java", """
                package com.acme;

                class Task implements Runnable {
                    @Override
                    public void run() {
                        probe(super.toString());
                    }
                }
                """);

        assertThat(project.probes("com/acme/OrderDao.java")).containsExactly(
                "com.acme.domain.Order", "com.acme.domain.Customer", ParsedProject.UNKNOWN);
        assertThat(project.probes("com/acme/Task.java")).containsExactly(ParsedProject.UNKNOWN);
    }

    @Test
    void innerDeclarationsShadowOuterOnesAndLaterOrSiblingOnesAreInvisible() {
        project.add("com/acme/Service.java", """
                package com.acme;

                import com.acme.domain.Customer;
                import com.acme.domain.Order;

                class Service {
                    private Order value;

                    void shadowedByLocal() {
                        Customer value = null;
                        probe(value);
                    }

                    void shadowedByParameter(Customer value) {
                        probe(value);
                    }

                    void declaredLater() {
                        probe(value);
                        Customer value = null;
                    }

                    void siblingBlock() {
                        {
                            Customer value = null;
                        }
                        probe(value);
                    }
                }
                """);

        assertThat(project.probes("com/acme/Service.java")).containsExactly(
                "com.acme.domain.Customer",
                "com.acme.domain.Customer",
                "com.acme.domain.Order",
                "com.acme.domain.Order");
    }

    @Test
    void loopLambdaCatchAndResourceVariables() {
        project.add("com/acme/Service.java", """
                package com.acme;

                import com.acme.domain.Order;
                import com.acme.repo.OrderRepository;
                import java.io.InputStream;
                import java.util.List;

                class Service {
                    private OrderRepository orders;

                    void run(List<Order> list, Order[] array) throws Exception {
                        for (Order typed : list) {
                            probe(typed);
                        }
                        for (var inferred : list) {
                            probe(inferred);
                        }
                        for (var element : array) {
                            probe(element);
                        }
                        for (var fromRepository : orders.findAll()) {
                            probe(fromRepository);
                        }
                        for (int i = 0; i < 1; i++) {
                            probe(i);
                        }
                        list.forEach(implicit -> probe(implicit));
                        list.forEach((Order explicit) -> probe(explicit));
                        list.stream().filter(o -> true).forEach(streamed -> probe(streamed));
                        try (InputStream in = null) {
                            probe(in);
                        } catch (IllegalStateException caught) {
                            probe(caught);
                        }
                    }
                }
                """);

        assertThat(project.probes("com/acme/Service.java")).containsExactly(
                "com.acme.domain.Order",
                "com.acme.domain.Order",
                "com.acme.domain.Order",
                "com.acme.domain.Order",
                "int",
                "com.acme.domain.Order",
                "com.acme.domain.Order",
                "com.acme.domain.Order",
                "java.io.InputStream",
                "java.lang.IllegalStateException");
    }

    @Test
    void instanceofPatternVariables() {
        project.add("com/acme/Service.java", """
                package com.acme;

                import com.acme.domain.Customer;
                import com.acme.domain.Order;

                class Service {
                    private Order field;

                    void run(Object value) {
                        if (value instanceof Order order && order.customer != null) {
                            probe(order);
                        }
                        if (!(value instanceof Customer field)) {
                            return;
                        }
                        probe(field);
                    }

                    void ambiguous(Object value) {
                        if (value instanceof Order same) {
                            probe(same);
                        } else if (value instanceof Customer same) {
                            probe(same);
                        }
                    }
                }
                """);

        assertThat(project.probes("com/acme/Service.java")).containsExactly(
                "com.acme.domain.Order",
                "com.acme.domain.Customer",
                ParsedProject.UNKNOWN,
                ParsedProject.UNKNOWN);
    }

    @Test
    void namesResolveThroughImportsSamePackageWildcardsJavaLangAndQualifiedNames() {
        project.add("com/acme/domain/Status.java", """
                package com.acme.domain;

                public enum Status { OPEN }
                """);
        project.add("com/acme/domain/Review.java", """
                package com.acme.domain;

                import com.acme.repo.*;
                import org.hibernate.*;
                import java.util.*;

                class Review {
                    void run(Order samePackage, OrderRepository projectWildcard, Session libraryWildcard,
                             StringBuilder javaLang, Thread.State javaLangNested, java.time.Instant qualified,
                             Criteria libraryType, Deque<Order> jdkWildcard, Undeclared unknown) {
                        probe(samePackage);
                        probe(projectWildcard);
                        probe(libraryWildcard);
                        probe(javaLang);
                        probe(javaLangNested);
                        probe(qualified);
                        probe(libraryType);
                        probe(jdkWildcard);
                        probe(unknown);
                    }
                }
                """);

        assertThat(project.probes("com/acme/domain/Review.java")).containsExactly(
                "com.acme.domain.Order",
                "com.acme.repo.OrderRepository",
                "org.hibernate.Session",
                "java.lang.StringBuilder",
                "java.lang.Thread.State",
                "java.time.Instant",
                "org.hibernate.Criteria",
                "java.util.Deque<com.acme.domain.Order>",
                "~Undeclared");
    }

    @Test
    void javaLangTypesAreNotMistakenForTypesOfAnOnDemandImport() {
        project.add("com/acme/Service.java", """
                package com.acme;

                import org.hibernate.*;

                class Service {
                    void run(StringBuffer buffer, ThreadLocal<String> local, UnsupportedOperationException e) {
                        probe(buffer);
                        probe(local);
                        probe(e);
                    }
                }
                """);

        assertThat(project.probes("com/acme/Service.java")).containsExactly(
                "java.lang.StringBuffer",
                "java.lang.ThreadLocal<java.lang.String>",
                "java.lang.UnsupportedOperationException");
    }

    @Test
    void nestedTypesByOuterNameFromInsideAndThroughImports() {
        project.add("com/acme/Outer.java", """
                package com.acme;

                public class Outer {
                    public static class Inner {
                        public static class Deepest {
                        }
                    }

                    void run(Inner fromInside, Inner.Deepest deeper, Outer.Inner byOuterName) {
                        probe(fromInside);
                        probe(deeper);
                        probe(byOuterName);
                    }

                    class Sibling {
                        void run(Inner fromSibling, Deepest notVisible) {
                            probe(fromSibling);
                            probe(notVisible);
                        }
                    }
                }
                """);
        project.add("com/acme/other/User.java", """
                package com.acme.other;

                import com.acme.Outer;
                import com.acme.Outer.Inner.Deepest;

                class User {
                    void run(Outer.Inner viaOuterImport, Deepest viaNestedImport) {
                        probe(viaOuterImport);
                        probe(viaNestedImport);
                    }
                }
                """);

        assertThat(project.probes("com/acme/Outer.java")).containsExactly(
                "com.acme.Outer.Inner",
                "com.acme.Outer.Inner.Deepest",
                "com.acme.Outer.Inner",
                "com.acme.Outer.Inner",
                "~Deepest");
        assertThat(project.probes("com/acme/other/User.java")).containsExactly(
                "com.acme.Outer.Inner",
                "com.acme.Outer.Inner.Deepest");
    }

    @Test
    void returnTypesOfCallsToMethodsOfOtherFilesAndLibrariesWithTypeArgumentsCarriedThrough() {
        project.add("com/acme/Service.java", """
                package com.acme;

                import com.acme.domain.Order;
                import com.acme.repo.OrderRepository;

                class Service {
                    private OrderRepository orders;

                    Order helper() {
                        return null;
                    }

                    void run() {
                        probe(orders.findAll());
                        probe(orders.findByNumber("1"));
                        probe(orders.findById(1L));
                        probe(orders.findById(1L).get());
                        probe(orders.save(null));
                        probe(helper());
                        probe(this.helper());
                        probe(orders.findAll().stream());
                        probe(orders.noSuchMethod());
                        probe(orders.findByNumber("1").customer);
                    }
                }
                """);

        assertThat(project.probes("com/acme/Service.java")).containsExactly(
                "java.util.List<com.acme.domain.Order>",
                "com.acme.domain.Order",
                "java.util.Optional<com.acme.domain.Order>",
                "com.acme.domain.Order",
                "com.acme.domain.Order",
                "com.acme.domain.Order",
                "com.acme.domain.Order",
                "java.util.stream.Stream<com.acme.domain.Order>",
                ParsedProject.UNKNOWN,
                "com.acme.domain.Customer");
    }

    @Test
    void overloadsOfOneArityAreToldApartByArgumentTypesOrLeftUnknown() {
        project.add("com/acme/Finder.java", """
                package com.acme;

                import com.acme.domain.Customer;
                import com.acme.domain.Order;

                class Finder {
                    Order find(String number) {
                        return null;
                    }

                    Customer find(Order order) {
                        return null;
                    }

                    Order any(Object value) {
                        return null;
                    }

                    void run(Order order, Unknown unknown) {
                        probe(find("1"));
                        probe(find(order));
                        probe(find(unknown));
                        probe(find(order.customer));
                        probe(any(order));
                    }
                }
                """);

        assertThat(project.probes("com/acme/Finder.java")).containsExactly(
                "com.acme.domain.Order",
                "com.acme.domain.Customer",
                ParsedProject.UNKNOWN,
                ParsedProject.UNKNOWN,
                "com.acme.domain.Order");
    }

    @Test
    void unqualifiedCallsAreLookedUpInEnclosingTypesFromTheInnermostOutwards() {
        project.add("com/acme/OrderDao.java", """
                package com.acme;

                import com.acme.domain.Customer;
                import com.acme.domain.Order;

                class OrderDao {
                    Order current() {
                        return null;
                    }

                    Order shadowed() {
                        return null;
                    }

                    class Callback {
                        Customer shadowed() {
                            return null;
                        }

                        void run() {
                            probe(current());
                            probe(shadowed());
                            probe(missing());
                        }
                    }
                }
                """);

        assertThat(project.probes("com/acme/OrderDao.java")).containsExactly(
                "com.acme.domain.Order",
                "com.acme.domain.Customer",
                ParsedProject.UNKNOWN);
    }

    @Test
    void genericProjectSupertypesPassTheirArgumentsOn() {
        project.add("com/acme/repo/BaseRepository.java", """
                package com.acme.repo;

                import org.springframework.data.jpa.repository.JpaRepository;

                public interface BaseRepository<E> extends JpaRepository<E, Long> {
                    E first();
                }
                """);
        project.add("com/acme/repo/CustomerRepository.java", """
                package com.acme.repo;

                import com.acme.domain.Customer;

                public interface CustomerRepository extends BaseRepository<Customer> {
                }
                """);
        project.add("com/acme/Service.java", """
                package com.acme;

                import com.acme.repo.CustomerRepository;

                class Service {
                    void run(CustomerRepository customers) {
                        probe(customers.findAll());
                        probe(customers.first());
                    }
                }
                """);

        assertThat(project.probes("com/acme/Service.java")).containsExactly(
                "java.util.List<com.acme.domain.Customer>",
                "com.acme.domain.Customer");
    }

    @Test
    void enumConstantsAndRecordAccessors() {
        project.add("com/acme/domain/Status.java", """
                package com.acme.domain;

                public enum Status {
                    OPEN, CLOSED;

                    Status next() {
                        probe(OPEN);
                        return CLOSED;
                    }
                }
                """);
        project.add("com/acme/Service.java", """
                package com.acme;

                import com.acme.domain.Order;
                import com.acme.domain.Status;

                class Service {
                    record Line(Order order, Status status) {
                        public Status status() {
                            return status;
                        }
                    }

                    void run(Line line) {
                        probe(Status.OPEN);
                        probe(line.order());
                        probe(line.status());
                        probe(line.order);
                        probe(Status.MISSING);
                    }
                }
                """);

        assertThat(project.probes("com/acme/domain/Status.java")).containsExactly("com.acme.domain.Status");
        assertThat(project.probes("com/acme/Service.java")).containsExactly(
                "com.acme.domain.Status",
                "com.acme.domain.Order",
                "com.acme.domain.Status",
                "com.acme.domain.Order",
                ParsedProject.UNKNOWN);
    }

    @Test
    void methodTypeVariablesAreNotMistakenForTypes() {
        project.add("com/acme/Service.java", """
                package com.acme;

                import java.util.List;

                class Service<T> {
                    <E> void run(E element, T own, List<E> elements) {
                        probe(element);
                        probe(own);
                        probe(elements);
                    }
                }
                """);

        assertThat(project.probes("com/acme/Service.java")).containsExactly("~E", "~T", "java.util.List<~E>");
    }

    @Test
    void aMethodReturningItsTypeVariableReturnsTheClassItsClassLiteralArgumentNames() {
        project.add("com/acme/Service.java", """
                package com.acme;

                import com.acme.domain.Order;
                import jakarta.persistence.EntityManager;
                import org.hibernate.Session;

                class Service {
                    <T> T load(Class<T> type, long id) {
                        return null;
                    }

                    void run(EntityManager em, Class<Order> type) {
                        probe(em.unwrap(Session.class));
                        probe(load(Order.class, 1L));
                        probe(load(type, 1L));
                    }
                }
                """);

        assertThat(project.probes("com/acme/Service.java")).containsExactly(
                "org.hibernate.Session", "com.acme.domain.Order", "~T");
    }

    @Test
    void enclosingTypeNameOfNestedDeclarations() {
        project.add("com/acme/Outer.java", """
                package com.acme;

                class Outer {
                    static class Inner {
                        void run() {
                            probe(this);
                        }
                    }

                    void run() {
                        probe(this);
                    }
                }
                """);

        assertThat(project.probes("com/acme/Outer.java")).containsExactly("com.acme.Outer.Inner", "com.acme.Outer");
    }
}
