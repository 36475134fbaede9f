package dev.ormlint.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.SourceIndexing;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import dev.ormlint.analyzer.rule.RuleRegistry;
import dev.ormlint.analyzer.testing.ThrowingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalyzerCheckSourceTest {

    /** Reports {@code clear()} on anything that is a Hibernate session, including the unit's own subtypes. */
    @RuleInfo(summary = "Session cleared", severity = Severity.WARNING)
    static final class SessionClear implements JavaRule {
        @Override
        public Set<String> triggers() {
            return Set.of("clear");
        }

        @Override
        public Set<Class<? extends Node>> nodeTypes() {
            return Set.of(MethodCallExpr.class);
        }

        @Override
        public void visit(Node node, JavaContext context) {
            MethodCallExpr call = (MethodCallExpr) node;
            if (call.getNameAsString().equals("clear") && call.getScope().isPresent()
                    && context.types().isOfType(call.getScope().get(), "org.hibernate.Session")) {
                context.report(call, "cleared " + call.getScope().get(), "do not");
            }
        }
    }

    private static final ProjectIndex NO_TYPES = ProjectIndex.of(List.of());

    private final List<Notice> notices = new ArrayList<>();

    private ProjectIndex index(Map<String, String> sources) {
        List<TypeInfo> types = new ArrayList<>();
        sources.forEach((path, text) -> SourceIndexing.typesOf(path, text, notices::add).ifPresent(types::addAll));
        return ProjectIndex.of(types);
    }

    private static final String DAO = """
            package com.acme;

            import org.hibernate.Session;

            class Dao {
                interface AuditedSession extends Session {
                }

                void run(Session session, AuditedSession audited, java.util.List<String> list) {
                    audited.clear();
                    list.clear();
                    session.clear();
                }
            }
            """;

    @Test
    void checksOneSourceWithTheTypesDeclaredInIt() {
        Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(new SessionClear())));

        List<Finding> findings = analyzer.sourceCheck(index(Map.of("com/acme/Dao.java", DAO)))
                .check("com/acme/Dao.java", DAO, notices::add);

        assertThat(findings).extracting(Finding::ruleId, Finding::path, Finding::range, Finding::message)
                .containsExactly(
                        tuple("SessionClear", "com/acme/Dao.java",
                                new SourceRange(10, 9, 10, 23), "cleared audited"),
                        tuple("SessionClear", "com/acme/Dao.java",
                                new SourceRange(12, 9, 12, 23), "cleared session"));
        assertThat(notices).isEmpty();
    }

    /** What a compiler plugin hands in: the types of every source compiled together. */
    @Test
    void typesDeclaredInOtherSourcesOfTheIndexAreKnown() {
        Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(new SessionClear())));
        String session = """
                package com.acme.db;

                public interface AuditedSession extends org.hibernate.Session {
                }
                """;
        String job = """
                package com.acme;

                import com.acme.db.AuditedSession;

                class Job {
                    void run(AuditedSession audited) {
                        audited.clear();
                    }
                }
                """;

        List<Finding> alone = analyzer.sourceCheck(index(Map.of("com/acme/Job.java", job)))
                .check("com/acme/Job.java", job, notices::add);
        List<Finding> together = analyzer.sourceCheck(
                index(Map.of("com/acme/Job.java", job, "com/acme/db/AuditedSession.java", session)))
                .check("com/acme/Job.java", job, notices::add);

        assertThat(alone).isEmpty();
        assertThat(together).extracting(Finding::range).containsExactly(new SourceRange(7, 9, 7, 23));
        assertThat(notices).isEmpty();
    }

    /** Reports {@code clear()} like {@link SessionClear}, but its only word trigger is absent from the source below. */
    @RuleInfo(summary = "Session cleared", severity = Severity.WARNING)
    static final class ProjectSessionClear implements JavaRule {
        private final SessionClear delegate = new SessionClear();

        @Override
        public Set<String> triggers() {
            return Set.of("openSession");
        }

        @Override
        public Set<String> triggerTypes() {
            return Set.of("org.hibernate.Session");
        }

        @Override
        public Set<Class<? extends Node>> nodeTypes() {
            return delegate.nodeTypes();
        }

        @Override
        public void visit(Node node, JavaContext context) {
            delegate.visit(node, context);
        }
    }

    @Test
    void aSourceThatNamesOnlyAProjectTypeOfARuleIsChecked() {
        Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(new ProjectSessionClear())));
        String job = """
                package com.acme;

                class Job {
                    void run(com.acme.db.AuditedSession audited) {
                        audited.clear();
                    }
                }
                """;
        String session = """
                package com.acme.db;

                public interface AuditedSession extends org.hibernate.Session {
                }
                """;

        List<Finding> findings = analyzer.sourceCheck(
                index(Map.of("com/acme/Job.java", job, "com/acme/db/AuditedSession.java", session)))
                .check("com/acme/Job.java", job, notices::add);

        assertThat(findings).extracting(Finding::ruleId).containsExactly("ProjectSessionClear");
    }

    @Test
    void unparseableSourceBecomesANotice() {
        Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(new SessionClear())));

        List<Finding> findings = analyzer.sourceCheck(NO_TYPES).check("Bad.java", "class Bad { void clear( }", notices::add);

        assertThat(findings).isEmpty();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.path()).isEqualTo("Bad.java");
            assertThat(n.kind()).isEqualTo(Notice.Kind.PARSE_ERROR);
        });
    }

    @Test
    void sourceWithoutAnyTriggerIsNotParsed() {
        Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(new SessionClear())));

        List<Finding> findings = analyzer.sourceCheck(NO_TYPES).check("Bad.java", "class Bad { void m( }", notices::add);

        assertThat(findings).isEmpty();
        assertThat(notices).isEmpty();
    }

    @Test
    void failingRuleBecomesANoticeAndTheOthersStillReport() {
        Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(new SessionClear(), new ThrowingRule("class"))));

        List<Finding> findings = analyzer.sourceCheck(NO_TYPES).check("A.java", """
                class A {
                    void run(org.hibernate.Session session) {
                        session.clear();
                    }
                }
                """, notices::add);

        assertThat(findings).extracting(Finding::ruleId).containsExactly("SessionClear");
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.INTERNAL_ERROR);
            assertThat(n.message()).contains("ThrowingRule", "boom");
        });
    }
}
