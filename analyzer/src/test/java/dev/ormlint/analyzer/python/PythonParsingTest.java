package dev.ormlint.analyzer.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treesitter.TreeSitterPython;

class PythonParsingTest {

    private final PythonParsing parsing = PythonParsing.shared();

    private PyTree parse(String source) {
        PythonParsing.Parsed parsed = parsing.parse(source);
        assertThat(parsed.problem()).isNull();
        return parsed.tree();
    }

    private static PyNode first(PyTree tree, String type) {
        return tree.module().findAll(type).get(0);
    }

    @Test
    void aByteOrderMarkIsDroppedSoOffsetsAndQueriesStillMatch() {
        PyTree tree = parse("\uFEFFfrom sqlalchemy import select\nstmt = select(User)\n");

        PyNode call = first(tree, "call");
        assertThat(tree.source()).startsWith("from");
        assertThat(call.text()).isEqualTo("select(User)");
        assertThat(call.range()).isEqualTo(SourceRange.line(2, 8, 19));
        assertThat(tree.syntaxErrors()).isEmpty();
    }

    @Test
    void byteOffsetsOfMultiByteTextBecomeStringIndexesAndColumns() {
        PyTree tree = parse("name = 'Zoë 😀'\nengine = create_engine(url)\n");

        PyNode call = first(tree, "call");
        assertThat(call.text()).isEqualTo("create_engine(url)");
        assertThat(call.range()).isEqualTo(SourceRange.line(2, 10, 27));
        assertThat(first(tree, "string").text()).isEqualTo("'Zoë 😀'");
    }

    @Test
    void windowsLineEndsCountAsOneLineEach() {
        PyTree tree = parse("a = 1\r\nb = f(a)\r\n");

        assertThat(first(tree, "call").range()).isEqualTo(SourceRange.line(2, 5, 8));
    }

    @Test
    void fieldsAnonymousTokensAndParentsAreKept() {
        PyTree tree = parse("async def load(session):\n    return await session.execute(stmt)\n");

        PyNode def = first(tree, "function_definition");
        assertThat(def.child("name").map(PyNode::text)).contains("load");
        assertThat(def.children().get(0).type()).isEqualTo("async");
        assertThat(def.children().get(0).isNamed()).isFalse();
        PyNode call = first(tree, "call");
        assertThat(call.child("function").map(PyNode::text)).contains("session.execute");
        assertThat(call.ancestor(java.util.Set.of("function_definition"))).contains(def);
    }

    @Test
    void aSyntaxErrorStaysLocalToTheBrokenStatement() {
        PyTree tree = parse("engine = = create_engine(url)\n\ndef later():\n    return create_engine(other)\n");

        assertThat(tree.syntaxErrors()).isNotEmpty();
        assertThat(tree.module().findAll("function_definition")).hasSize(1);
        assertThat(tree.firstSyntaxError().orElseThrow().line()).isEqualTo(1);
    }

    @Test
    void deeplyNestedExpressionsParseAndWalkWithoutOverflowingTheStack() {
        int depth = 5_000;
        PyTree tree = parse("x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n");

        int[] nodes = {0};
        tree.module().walk(n -> nodes[0]++);
        assertThat(nodes[0]).isGreaterThan(depth);
    }

    @Test
    void aGrammarThatCannotLoadSaysWhyInsteadOfThrowing() {
        PythonGrammar grammar = PythonGrammar.load(() -> {
            throw new UnsatisfiedLinkError("no tree-sitter-python for linux-musl");
        });
        PythonParsing unavailable = new PythonParsing(grammar);

        PythonParsing.Parsed parsed = unavailable.parse("x = 1\n");

        assertThat(unavailable.available()).isFalse();
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problem()).contains("native library could not be loaded", "java.io.tmpdir",
                "no tree-sitter-python for linux-musl");
    }

    @Test
    void theSharedGrammarLoadsOnThisMachine() {
        assertThat(PythonGrammar.shared().available()).isTrue();
        assertThat(new TreeSitterPython().name()).isEqualTo("python");
    }

    @Test
    void parsingManyFilesFreesEachNativeTree() {
        List<String> sources = List.of("import sqlalchemy\n", "def f():\n    return 1\n");
        for (int i = 0; i < 2_000; i++) {
            assertThat(parsing.parse(sources.get(i % 2)).ok()).isTrue();
        }
    }
}
