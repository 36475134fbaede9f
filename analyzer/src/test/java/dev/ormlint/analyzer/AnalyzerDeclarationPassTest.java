package dev.ormlint.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import dev.ormlint.analyzer.rule.RuleRegistry;
import dev.ormlint.analyzer.testing.SourceTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index pass parses only declarations, so the full parse of the rule pass is where an error
 * inside a method body shows, and the index still knows the types of other files.
 */
class AnalyzerDeclarationPassTest {

    /** Reports each {@code needle()} call on a receiver whose declared type is {@code Haystack}'s subtype. */
    @RuleInfo(summary = "Needle call on a haystack", severity = Severity.WARNING)
    static final class NeedleOnHaystack implements JavaRule {
        @Override
        public Set<String> triggers() {
            return Set.of("needle");
        }

        @Override
        public Set<Class<? extends Node>> nodeTypes() {
            return Set.of(MethodCallExpr.class);
        }

        @Override
        public void visit(Node node, JavaContext context) {
            MethodCallExpr call = (MethodCallExpr) node;
            if (call.getNameAsString().equals("needle") && call.getScope()
                    .filter(scope -> context.types().isOfType(scope, "com.acme.Haystack")).isPresent()) {
                context.report(call, "needle on a haystack", "", List.of());
            }
        }
    }

    @TempDir
    Path root;

    private ScanResult scan() throws IOException {
        return new Analyzer(new RuleRegistry(List.of(new NeedleOnHaystack()))).scan(ScanRequest.of(List.of(root)));
    }

    private void write(String path, String text) {
        SourceTree.at(root).write(path, text);
    }

    @Test
    void rulesSeeTypesDeclaredInOtherFilesThroughTheDeclarationIndex() throws IOException {
        write("com/acme/Haystack.java", "package com.acme;\n\npublic class Haystack { void needle() { int unused = 1; } }\n");
        write("com/acme/Barn.java", "package com.acme;\n\npublic class Barn extends Haystack { }\n");
        write("com/acme/Farmer.java", """
                package com.acme;

                class Farmer {
                    void work(Barn barn, String text) {
                        barn.needle();
                        text.needle();
                    }
                }
                """);

        ScanResult result = scan();

        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.range().startLine())
                .containsExactly("com/acme/Farmer.java:5");
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void anErrorInsideABodyIsReportedByTheRulePassForFilesThatARuleReads() throws IOException {
        write("com/acme/Haystack.java", "package com.acme;\n\npublic class Haystack {\n    void needle() {\n        int x = ;\n    }\n}\n");

        List<Notice> notices = scan().notices();

        assertThat(notices).extracting(Notice::path, Notice::kind)
                .containsExactly(tuple("com/acme/Haystack.java", Notice.Kind.PARSE_ERROR));
        assertThat(notices.get(0).message()).startsWith("cannot parse: line 5, column 15: Parse error. Found \";\"");
    }

    @Test
    void anErrorInsideABodyOfAFileNoRuleReadsIsNotReported() throws IOException {
        write("com/acme/Plain.java", "package com.acme;\n\nclass Plain {\n    void m() {\n        int x = ;\n    }\n}\n");

        assertThat(scan().notices()).isEmpty();
    }
}
