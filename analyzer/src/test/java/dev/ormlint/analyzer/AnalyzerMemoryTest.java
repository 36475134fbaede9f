package dev.ormlint.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.ormlint.analyzer.index.IndexBuilder;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.JavaParsing;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import dev.ormlint.analyzer.testing.ReachableObjects;
import dev.ormlint.analyzer.testing.Scans;
import dev.ormlint.analyzer.testing.SourceTree;
import dev.ormlint.analyzer.testing.SystemExitCall;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The design promises memory flat in the number of files beyond the project index: no syntax
 * tree may outlive the check of its file. These tests look for JavaParser objects where they
 * must not be, and watch every parsed compilation unit become garbage after the scan.
 */
class AnalyzerMemoryTest {

    private static final Predicate<Object> JAVAPARSER_OBJECT =
            o -> o.getClass().getName().startsWith("com.github.javaparser.");
    private static final int FILES = 60;

    @TempDir
    Path root;

    private void writeProject() {
        SourceTree tree = SourceTree.at(root);
        tree.write("com/acme/Base.java", """
                package com.acme;

                import java.util.List;

                public abstract class Base<T> implements Comparable<Base<T>> {
                    protected List<T> items;

                    @Deprecated
                    public abstract T first(String... keys);
                }
                """);
        for (int i = 0; i < FILES; i++) {
            tree.write("com/acme/p" + (i % 5) + "/Service" + i + ".java", """
                    package com.acme.pN;

                    import com.acme.Base;

                    @SuppressWarnings("unused")
                    public class ServiceI extends Base<String> {
                        private final Runnable exit = () -> System.exit(I);

                        @Override
                        public String first(String... keys) {
                            return keys[0];
                        }

                        enum Mode { ON, OFF }

                        record Pair(String left, String right) { }
                    }
                    """.replace("pN", "p" + (i % 5)).replace("ServiceI", "Service" + i).replace("(I)", "(" + i + ")"));
        }
    }

    @Test
    void theScanResultHoldsNoSyntaxTreeObjects() {
        writeProject();

        ScanResult result = Scans.scan(root, new SystemExitCall(), new UnitWatcher());

        assertThat(result.findings()).hasSize(FILES);
        assertThat(ReachableObjects.pathTo(result, JAVAPARSER_OBJECT)).isEmpty();
    }

    @Test
    void theProjectIndexHoldsNoSyntaxTreeObjects() {
        writeProject();
        List<TypeInfo> types = new ArrayList<>();
        for (String path : List.of("com/acme/Base.java", "com/acme/p0/Service0.java")) {
            CompilationUnit unit = JavaParsing.parse(SourceTree.at(root).read(path)).unit();
            types.addAll(IndexBuilder.typesOf(unit, path));
        }
        ProjectIndex index = ProjectIndex.of(types);
        assertThat(index.findMethod(TypeRef.of("com.acme.p0.Service0"), "first", 1)).isPresent();
        assertThat(index.fieldType(TypeRef.of("com.acme.p0.Service0"), "items")).isPresent();

        assertThat(types).extracting(TypeInfo::qualifiedName).contains("com.acme.p0.Service0.Mode", "com.acme.p0.Service0.Pair");
        assertThat(ReachableObjects.pathTo(types, JAVAPARSER_OBJECT)).isEmpty();
        assertThat(ReachableObjects.pathTo(index, JAVAPARSER_OBJECT)).isEmpty();
    }

    @Test
    void everyParsedCompilationUnitIsGarbageOnceTheScanIsDone() throws InterruptedException {
        writeProject();
        UnitWatcher watcher = new UnitWatcher();

        Scans.scan(root, watcher);

        assertThat(watcher.units).hasSize(FILES + 1);
        for (int attempt = 0; attempt < 20 && watcher.units.stream().anyMatch(u -> u.get() != null); attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(watcher.units).allSatisfy(u -> assertThat(u.get()).as("a compilation unit still reachable").isNull());
    }

    @Test
    void theWalkerFindsASyntaxTreeHiddenDeepInsideAResult() {
        CompilationUnit unit = JavaParsing.parse("class A { }").unit();
        record Holder(Object value) {
        }

        assertThat(ReachableObjects.pathTo(List.of(Map.of("key", new Holder(Optional.of(unit)))), JAVAPARSER_OBJECT))
                .contains("root[0][key].value.get() (com.github.javaparser.ast.CompilationUnit)");
    }

    /** Keeps a weak reference to every compilation unit a scan hands to rules. */
    @RuleInfo(summary = "Watches compilation units", severity = Severity.INFO)
    static final class UnitWatcher implements JavaRule {
        final Queue<WeakReference<CompilationUnit>> units = new ConcurrentLinkedQueue<>();

        @Override
        public Set<String> triggers() {
            return Set.of("class");
        }

        @Override
        public Set<Class<? extends Node>> nodeTypes() {
            return Set.of(CompilationUnit.class);
        }

        @Override
        public void visit(Node node, JavaContext context) {
            units.add(new WeakReference<>((CompilationUnit) node));
        }
    }
}
