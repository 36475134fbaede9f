package dev.ormlint.analyzer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import dev.ormlint.analyzer.testing.Scans;
import dev.ormlint.analyzer.testing.SourceTree;
import dev.ormlint.analyzer.testing.SystemExitCall;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsTest {

    @TempDir
    Path root;

    private List<Integer> findingLines(String source) {
        SourceTree.at(root).write("com/acme/Exits.java", source);
        return Scans.scan(root, new SystemExitCall()).findings().stream().map(f -> f.range().startLine()).toList();
    }

    @Test
    void suppressionOnEachKindOfEnclosingDeclaration() {
        assertThat(findingLines("""
                package com.acme;

                class Exits {
                    @SuppressWarnings("ormlint")
                    static class WholeType {
                        void m() { System.exit(1); }
                    }

                    @SuppressWarnings("ormlint:SystemExitCall")
                    void method() { System.exit(2); }

                    @SuppressWarnings("ormlint:SystemExitCall")
                    Exits() { System.exit(3); }

                    @SuppressWarnings("ormlint")
                    final Runnable field = () -> System.exit(4);

                    void local() {
                        @SuppressWarnings("ormlint:SystemExitCall")
                        Runnable local = () -> System.exit(5);
                        System.exit(6);
                    }

                    void reported() {
                        System.exit(7);
                    }
                }
                """)).containsExactly(21, 25);
    }

    @Test
    void suppressionOnAParameterCoversThatParameterOnly() {
        SourceTree.at(root).write("com/acme/Handler.java", """
                package com.acme;

                import java.util.function.IntConsumer;

                class Handler {
                    void handle(@SuppressWarnings("ormlint") int code, int other) {
                        IntConsumer c = (@SuppressWarnings("ormlint:EveryParameter") var x) -> { };
                        IntConsumer d = (var y) -> { };
                    }
                }
                """);

        assertThat(Scans.scan(root, new EveryParameter()).findings()).extracting(Finding::message)
                .containsExactly("int other", "var y");
    }

    @RuleInfo(summary = "Reports every parameter", severity = Severity.INFO)
    static final class EveryParameter implements JavaRule {
        @Override
        public Set<String> triggers() {
            return Set.of("(");
        }

        @Override
        public Set<Class<? extends Node>> nodeTypes() {
            return Set.of(Parameter.class);
        }

        @Override
        public void visit(Node node, JavaContext context) {
            context.report(node, node.toString(), "");
        }
    }

    @Test
    void arrayAndNamedFormsAndQualifiedAnnotationName() {
        assertThat(findingLines("""
                package com.acme;

                class Exits {
                    @SuppressWarnings({"unchecked", "ormlint:SystemExitCall"})
                    void array() { System.exit(1); }

                    @SuppressWarnings(value = {"ormlint:SystemExitCall"})
                    void named() { System.exit(2); }

                    @java.lang.SuppressWarnings("ormlint")
                    void qualified() { System.exit(3); }
                }
                """)).isEmpty();
    }

    @Test
    void otherRuleIdsOtherToolsAndLookAlikesDoNotSuppress() {
        assertThat(findingLines("""
                package com.acme;

                class Exits {
                    @SuppressWarnings("ormlint:LegacyCriteriaQuery")
                    void otherRule() { System.exit(1); }

                    @SuppressWarnings({"unchecked", "PMD"})
                    void otherTools() { System.exit(2); }

                    @SuppressWarnings("ormlint:systemexitcall")
                    void wrongCase() { System.exit(3); }

                    @SuppressWarnings("ormlint:SystemExit")
                    void prefixOfTheId() { System.exit(4); }

                    @Deprecated
                    void otherAnnotation() { System.exit(5); }

                    void sibling(@SuppressWarnings("ormlint") int unused) { }
                    void afterSibling() { System.exit(6); }
                }
                """)).containsExactly(5, 8, 11, 14, 17, 20);
    }
}
