package dev.ormlint.analyzer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.index.IndexBuilder;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.java.JavaParsing;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleTriggersTest {

    @RuleInfo(summary = "Calls on repositories", severity = Severity.INFO)
    static final class RepositoryCalls implements JavaRule {
        @Override
        public Set<String> triggers() {
            return Set.of("Repository");
        }

        @Override
        public Set<String> triggerTypes() {
            return Set.of("org.springframework.data.repository.Repository");
        }

        @Override
        public Set<Class<? extends Node>> nodeTypes() {
            return Set.of(MethodCallExpr.class);
        }

        @Override
        public void visit(Node node, JavaContext context) {
        }
    }

    private final RuleDescriptor rule = RuleDescriptor.of(new RepositoryCalls());

    private final ProjectIndex index = ProjectIndex.of(IndexBuilder.typesOf(JavaParsing.parse("""
            package com.acme;

            import org.springframework.data.jpa.repository.JpaRepository;

            interface OrderDao extends JpaRepository<Order, Long> {
            }

            interface AuditLog {
            }
            """).unit(), "com/acme/OrderDao.java"));

    private final RuleTriggers triggers = RuleTriggers.of(List.of(rule), index);

    @Test
    void aFileMentioningAProjectSubtypeOfATriggerTypeTriggersTheRule() {
        assertThat(triggers.triggered("class Billing { private OrderDao orders; }")).containsExactly(rule);
    }

    @Test
    void theRulesOwnTriggersStillCount() {
        assertThat(triggers.triggered("class Billing { private CrudRepository<Order, Long> orders; }"))
                .containsExactly(rule);
    }

    @Test
    void aFileMentioningNeitherIsNotParsedForTheRule() {
        assertThat(triggers.triggered("class Billing { private AuditLog log; }")).isEmpty();
    }
}
