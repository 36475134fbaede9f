package dev.ormlint.analyzer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.python.ModuleScopes;
import dev.ormlint.analyzer.python.PyModule;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PyTree;
import dev.ormlint.analyzer.python.PythonIndex;
import dev.ormlint.analyzer.python.PythonParsing;
import dev.ormlint.analyzer.python.PythonTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Python modules parsed and indexed in memory, the way a scan's first pass sees them, for tests of
 * the type facts: {@link #probes} answers, for each {@code probe(expression)} call in a module, in
 * source order, what a question about the argument says.
 */
public final class PythonProject {

    private final Map<String, PyTree> trees = new LinkedHashMap<>();
    private final Map<String, PyModule> modules = new LinkedHashMap<>();

    public PythonProject add(String path, String source) {
        PythonParsing.Parsed parsed = PythonParsing.shared().parse(source);
        assertThat(parsed.tree().syntaxErrors()).as("syntax errors in " + path).isEmpty();
        trees.put(path, parsed.tree());
        modules.put(path, ModuleScopes.of(path, parsed.tree()));
        return this;
    }

    public PythonIndex index() {
        return PythonIndex.of(List.copyOf(modules.values()));
    }

    public PythonTypes types(String path) {
        return new PythonTypes(modules.get(path), index());
    }

    /** The answer of {@code question} for the argument of each {@code probe(...)} call in {@code path}. */
    public <T> List<T> probes(String path, Function<PythonTypes, Function<PyNode, T>> question) {
        PythonTypes types = types(path);
        return trees.get(path).module().findAll("call").stream()
                .filter(call -> call.child("function").map(f -> f.text().equals("probe")).orElse(false))
                .map(call -> call.child("arguments").orElseThrow().namedChildren().get(0))
                .map(question.apply(types))
                .toList();
    }

    /** What {@link PythonTypes#typeOf} says of each probe, {@code ?} when nothing. */
    public List<String> typesOfProbes(String path) {
        return probes(path, types -> node -> types.typeOf(node).orElse("?"));
    }
}
