package dev.ormlint.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import dev.ormlint.analyzer.engine.SourceReader;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.ProjectContext;
import dev.ormlint.analyzer.rule.ProjectRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import dev.ormlint.analyzer.rule.RuleRegistry;
import dev.ormlint.analyzer.testing.Scans;
import dev.ormlint.analyzer.testing.SourceTree;
import dev.ormlint.analyzer.testing.SystemExitCall;
import dev.ormlint.analyzer.testing.ThrowingRule;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerTest {

    private static final String EXITING = """
            package com.acme;

            class Exiting {
                void stop() {
                    System.exit(1);
                }
            }
            """;

    @TempDir
    Path root;

    @Test
    void badInputBecomesNoticesAndTheOtherFilesAreStillChecked() throws IOException {
        SourceTree tree = SourceTree.at(root);
        tree.write("src/com/acme/Exiting.java", EXITING);
        tree.write("src/com/acme/Broken.java", "package com.acme;\n\nclass Broken {\n    void m( {\n}\n");
        tree.write("src/com/acme/Binary.java", new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0});
        tree.write("src/com/acme/Latin1.java", new byte[] {'/', '/', (byte) 0xE9, '\n'});
        try (RandomAccessFile huge = new RandomAccessFile(root.resolve("src/com/acme/Huge.java").toFile(), "rw")) {
            huge.setLength(SourceReader.MAX_BYTES + 1);
        }
        tree.write("src/com/acme/Generated.java", deeplyNestedExpression());
        tree.link("src/com/acme/Dangling.java", "Missing.java");
        tree.link("src/com/acme/loop", "..");
        tree.write("src/com/acme/Folder.java/Inner.java", EXITING.replace("Exiting", "Inner"));
        tree.write("src/main/resources/Order.hbm.xml", "<hibernate-mapping><class name=\"com.acme.Order\">\n");

        ScanResult result = Scans.scan(root, new SystemExitCall());

        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.range().startLine() + ":" + f.range().startColumn())
                .containsExactly("src/com/acme/Exiting.java:5:9", "src/com/acme/Folder.java/Inner.java:5:9");
        assertThat(result.notices()).containsExactly(
                new Notice("src/com/acme/Binary.java", Notice.Kind.BINARY_FILE, "binary content (NUL byte), skipped"),
                new Notice("src/com/acme/Broken.java", Notice.Kind.PARSE_ERROR,
                        "cannot parse: line 4, column 11: Parse error. Found \"{\""),
                new Notice("src/com/acme/Dangling.java", Notice.Kind.UNREADABLE, "broken symbolic link, skipped"),
                new Notice("src/com/acme/Generated.java", Notice.Kind.PARSE_ERROR,
                        "cannot parse: line 2: brackets nested more than 1000 levels deep, over ormlint's limit"),
                new Notice("src/com/acme/Huge.java", Notice.Kind.TOO_LARGE, "file is 10,485,761 bytes, over the 10 MiB limit (10,485,760 bytes); skipped"),
                new Notice("src/com/acme/Latin1.java", Notice.Kind.NOT_DECODABLE,
                        "not valid UTF-8, skipped (sources in another encoding need the scan's encoding set to it)"),
                new Notice("src/com/acme/loop", Notice.Kind.FILESYSTEM_LOOP, "symbolic link loop, not followed"),
                new Notice("src/main/resources/Order.hbm.xml", Notice.Kind.PARSE_ERROR,
                        "cannot read this mapping file, the classes it maps are not known as entities: line 2: "
                                + "XML document structures must start and end within the same entity."));
    }

    /** Input that overflows any recursive-descent parser's stack. */
    private static String deeplyNestedExpression() {
        return "class Generated {\n    int x = " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + ";\n}\n";
    }

    @Test
    void aRuleThatThrowsIsSkippedForThatFileAndOtherRulesStillReport() {
        SourceTree tree = SourceTree.at(root);
        tree.write("com/acme/Exiting.java", EXITING);
        tree.write("com/acme/Other.java", EXITING.replace("Exiting", "Other"));

        ScanResult result = Scans.scan(root, new SystemExitCall(), new ThrowingRule("exit"), new ThrowingProjectRule());

        assertThat(result.findings()).extracting(Finding::ruleId, Finding::path)
                .containsExactly(tuple("SystemExitCall", "com/acme/Exiting.java"), tuple("SystemExitCall", "com/acme/Other.java"));
        assertThat(result.notices()).containsExactly(
                new Notice("", Notice.Kind.INTERNAL_ERROR,
                        "rule ThrowingProjectRule failed and was skipped: java.lang.IllegalStateException: project boom"),
                new Notice("com/acme/Exiting.java", Notice.Kind.INTERNAL_ERROR,
                        "rule ThrowingRule failed on this file and was skipped for it: java.lang.IllegalStateException: boom"),
                new Notice("com/acme/Other.java", Notice.Kind.INTERNAL_ERROR,
                        "rule ThrowingRule failed on this file and was skipped for it: java.lang.IllegalStateException: boom"));
    }

    @Test
    void aRuleSeesOnlyFilesThatMentionOneOfItsTriggers() {
        SourceTree tree = SourceTree.at(root);
        tree.write("Mentions.java", "class Mentions { void m() { a(); } void needle() { } }");
        tree.write("Silent.java", "class Silent { void m() { a(); b(); } }");

        ScanResult result = Scans.scan(root, new EveryExpression());

        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.message())
                .containsExactly("Mentions.java:a()");
    }

    @Test
    void aRuleAskingForASupertypeOfNodesGetsEverySubtypeInSourceOrder() {
        SourceTree.at(root).write("Calls.java", "class Calls { int needle = f(g(1), \"s\"); }");

        ScanResult result = Scans.scan(root, new EveryExpression());

        assertThat(result.findings()).extracting(Finding::message)
                .containsExactly("f(g(1), \"s\")", "g(1)", "1", "\"s\"");
    }

    @Test
    void findingsAndNoticesDoNotDependOnTheNumberOfThreads() {
        SourceTree tree = SourceTree.at(root);
        for (int i = 0; i < 40; i++) {
            tree.write("p" + (i % 4) + "/Exiting" + i + ".java", EXITING.replace("Exiting", "Exiting" + i));
            tree.write("p" + (i % 4) + "/Broken" + i + ".java", "class Broken" + i + " {");
        }
        ScanRequest request = ScanRequest.of(List.of(root)).withRoot(root);

        ScanResult sequential = Scans.scan(request.withJobs(1), new SystemExitCall());
        ScanResult parallel = Scans.scan(request.withJobs(4), new SystemExitCall());

        assertThat(sequential.findings()).hasSize(40);
        assertThat(sequential.notices()).hasSize(40);
        assertThat(parallel.findings()).isEqualTo(sequential.findings());
        assertThat(parallel.notices()).isEqualTo(sequential.notices());
        assertThat(parallel.filesScanned()).isEqualTo(80);
    }

    @Test
    void aPathThatDoesNotExistFailsTheScan() {
        Path missing = root.resolve("missing");
        Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(new SystemExitCall())));

        assertThatThrownBy(() -> analyzer.scan(ScanRequest.of(List.of(missing))))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void anUnknownRuleIdFailsTheScanNamingIt() {
        Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(new SystemExitCall())));

        assertThatThrownBy(() -> analyzer.scan(ScanRequest.of(List.of(root)).withRules(Set.of("NoSuchRule"), Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchRule");
    }

    @RuleInfo(summary = "Fails on every project", severity = Severity.ERROR)
    static final class ThrowingProjectRule implements ProjectRule {
        @Override
        public void check(ProjectContext context) {
            throw new IllegalStateException("project boom");
        }
    }

    @RuleInfo(summary = "Reports every expression", severity = Severity.INFO)
    static final class EveryExpression implements JavaRule {
        @Override
        public Set<String> triggers() {
            return Set.of("needle");
        }

        @Override
        public Set<Class<? extends Node>> nodeTypes() {
            return Set.of(Expression.class);
        }

        @Override
        public void visit(Node node, JavaContext context) {
            context.report(node, node.toString(), "");
        }
    }
}
