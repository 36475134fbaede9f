package dev.ormlint.analyzer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.python.PythonGrammar;
import dev.ormlint.analyzer.python.PythonParsing;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import dev.ormlint.analyzer.rule.python.SystemExitCall;
import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.analyzer.testing.SourceTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonScanTest {

    private final RuleTester tester = RuleTester.of(new SystemExitCall());

    @Test
    void onlyModulesThatTouchTheOrmDirectlyOrThroughTheProjectAreChecked() {
        ScanResult result = tester
                .addSource("app/db.py", "from sqlalchemy.orm import Session\nimport sys\nsys.exit(1)\n")
                .addSource("app/service.py", "from app.db import Session\nimport sys\nsys.exit(2)\n")
                .addSource("app/flask_app.py", "from flask_sqlalchemy import SQLAlchemy\nimport sys\nsys.exit(3)\n")
                .addSource("tools/cleanup.py", "import sys\nsys.exit(4)\n")
                .scan();

        assertThat(result.findings()).extracting(Finding::path)
                .containsExactly("app/db.py", "app/flask_app.py", "app/service.py");
    }

    @Test
    void aSyntaxErrorIsANoticeAndTheRestOfTheFileIsStillChecked() {
        ScanResult result = tester.addSource("app/broken.py", """
                import sqlalchemy, sys
                x = = 1
                sys.exit(1)
                """).scan();

        assertThat(result.findings()).extracting(f -> f.range().startLine()).containsExactly(3);
        assertThat(result.notices()).extracting(Notice::kind).containsExactly(Notice.Kind.PARSE_ERROR);
        assertThat(result.notices().get(0).message()).startsWith("syntax error at line 2");
    }

    @Test
    void withoutTheNativeParserPythonFilesAreSkippedWithOneNotice(@TempDir Path root) throws IOException {
        SourceTree tree = SourceTree.at(root);
        tree.write("a.py", "import sqlalchemy\n");
        tree.write("b.py", "import sqlalchemy\n");
        PythonParsing unavailable = new PythonParsing(PythonGrammar.load(() -> {
            throw new UnsatisfiedLinkError("no library for this platform");
        }));
        List<Notice> notices = new ArrayList<>();
        List<SourceFile> files = new FileDiscovery(root, List.of()).discover(List.of(root)).files();

        List<Finding> findings;
        try (BoundedWork work = new BoundedWork(1, BoundedWork.FILE_BUDGET)) {
            findings = new PythonScan(unavailable, new SourceReader(), new RuleOptions(Map.of()))
                    .run(work, files, List.of(RuleDescriptor.of(new SystemExitCall())), notices::add);
        }

        assertThat(findings).isEmpty();
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(Notice.Kind.PARSER_UNAVAILABLE);
            assertThat(notice.message()).startsWith("2 Python files were skipped: ").contains("no library for this platform");
        });
    }

    @Test
    void aFileThatCannotTouchTheOrmIsNotParsedSoItsSyntaxErrorIsNoNotice() {
        ScanResult result = tester
                .addSource("tools/broken.py", "import sys\nx = = 1\nsys.exit(1)\n")
                .addSource("app/db.py", "import sqlalchemy, sys\nsys.exit(2)\n")
                .scan();

        assertThat(result.findings()).extracting(Finding::path).containsExactly("app/db.py");
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void treesBeyondTheKeptBudgetAreParsedAgainWithTheSameFindings(@TempDir Path root) throws IOException {
        SourceTree tree = SourceTree.at(root);
        tree.write("app/db.py", "from sqlalchemy.orm import Session\nimport sys\nsys.exit(1)\n");
        tree.write("app/service.py", "from app.db import Session\nimport sys\nsys.exit(2)\nx = = 3\n");
        tree.write("app/util.py", "import sys\nsys.exit(3)\n");
        List<SourceFile> files = new FileDiscovery(root, List.of()).discover(List.of(root)).files();

        List<String> keptAll = new ArrayList<>();
        List<String> keptNone = new ArrayList<>();
        List<Notice> noticesKeptNone = new ArrayList<>();
        for (long budget : new long[] {PythonScan.KEPT_NODES, 0}) {
            List<Notice> notices = budget == 0 ? noticesKeptNone : new ArrayList<>();
            try (BoundedWork work = new BoundedWork(2, BoundedWork.FILE_BUDGET)) {
                new PythonScan(PythonParsing.shared(), new SourceReader(), new RuleOptions(Map.of()), budget)
                        .run(work, files, List.of(RuleDescriptor.of(new SystemExitCall())), notices::add)
                        .forEach(f -> (budget == 0 ? keptNone : keptAll).add(f.path() + ":" + f.range().startLine()));
            }
        }

        assertThat(keptAll).containsExactlyInAnyOrder("app/db.py:3", "app/service.py:3");
        assertThat(keptNone).isEqualTo(keptAll);
        assertThat(noticesKeptNone).extracting(Notice::kind).containsExactly(Notice.Kind.PARSE_ERROR);
    }
}
