package dev.ormlint.analyzer.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.testing.ParsedProject;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodMatcherTest {

    private static final MethodMatcher CREATE_CRITERIA =
            MethodMatcher.instanceMethod("org.hibernate.SharedSessionContract#createCriteria(java.lang.Class)");
    private static final MethodMatcher ANY_CREATE_CRITERIA =
            MethodMatcher.instanceMethod("org.hibernate.SharedSessionContract#createCriteria|createQuery(..)");
    private static final MethodMatcher RESTRICTIONS_EQ =
            MethodMatcher.staticMethod("org.hibernate.criterion.Restrictions#eq(..)");

    /** Which of the calls in {@code source} (in order, by name) {@code matcher} matches. */
    private static List<String> matched(MethodMatcher matcher, String source) {
        ParsedProject project = new ParsedProject().add("com/acme/Dao.java", source);
        TypeFacts facts = project.typeFacts("com/acme/Dao.java");
        return facts.unit().findAll(MethodCallExpr.class).stream()
                .filter(c -> matcher.matches(c, facts))
                .map(MethodCallExpr::toString)
                .toList();
    }

    @Test
    void instanceMatchersAcceptSubtypesOfTheOwnerAndCountArguments() {
        String source = """
                package com.acme;

                import org.hibernate.Session;
                import org.hibernate.StatelessSession;

                class Dao {
                    void run(Session session, StatelessSession stateless, SearchCriteria search) {
                        session.createCriteria(Order.class);
                        stateless.createCriteria(Order.class);
                        session.createCriteria(Order.class, "o");
                        session.createQuery("from Order");
                        search.createCriteria(Order.class);
                        createCriteria(Order.class);
                    }
                }
                """;

        assertThat(matched(CREATE_CRITERIA, source))
                .containsExactly("session.createCriteria(Order.class)", "stateless.createCriteria(Order.class)");
        assertThat(matched(ANY_CREATE_CRITERIA, source)).containsExactly(
                "session.createCriteria(Order.class)",
                "stateless.createCriteria(Order.class)",
                "session.createCriteria(Order.class, \"o\")",
                "session.createQuery(\"from Order\")");
    }

    @Test
    void staticMatchersAcceptQualifiedCallsAndStaticImportsOfTheOwnerOnly() {
        String source = """
                package com.acme;

                import static org.hibernate.criterion.Restrictions.eq;

                import java.util.*;
                import org.hibernate.criterion.*;

                class Dao {
                    void run() {
                        Restrictions.eq("a", 1);
                        org.hibernate.criterion.Restrictions.eq("b", 2);
                        eq("c", 3);
                        Objects.equals("d", 4);
                        Other.eq("e", 5);
                    }
                }
                """;

        assertThat(matched(RESTRICTIONS_EQ, source)).containsExactly(
                "Restrictions.eq(\"a\", 1)",
                "org.hibernate.criterion.Restrictions.eq(\"b\", 2)",
                "eq(\"c\", 3)");
    }

    @Test
    void aSameNamedClassOfTheProjectIsNotTheLibraryClass() {
        ParsedProject project = new ParsedProject()
                .add("com/acme/Restrictions.java", "package com.acme; class Restrictions { static Object eq(String a, Object b) { return null; } }")
                .add("com/acme/Dao.java", """
                        package com.acme;

                        import org.hibernate.criterion.*;

                        class Dao {
                            void run() {
                                Restrictions.eq("a", 1);
                            }
                        }
                        """);
        TypeFacts facts = project.typeFacts("com/acme/Dao.java");
        MethodCallExpr call = facts.unit().findFirst(MethodCallExpr.class).orElseThrow();

        assertThat(RESTRICTIONS_EQ.matches(call, facts)).isFalse();
    }

    @Test
    void aMalformedSignatureIsRejected() {
        assertThatThrownBy(() -> MethodMatcher.instanceMethod("org.hibernate.Session.createCriteria()"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.hibernate.Session.createCriteria()");
    }
}
