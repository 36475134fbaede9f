package dev.ormlint.analyzer.python;

import java.util.List;
import java.util.Optional;

/**
 * A parsed Python file held in Java: the module node, its source, and where tree-sitter had to
 * recover from syntax errors (it keeps each error local to the broken statement, so the rest of the
 * file is still a faithful tree).
 */
public final class PyTree {

    private final SourceOffsets offsets;
    private PyNode module;
    private List<PyNode> errors = List.of();
    private int size;

    PyTree(SourceOffsets offsets) {
        this.offsets = offsets;
    }

    void complete(PyNode module, List<PyNode> errors, int size) {
        this.module = module;
        this.errors = List.copyOf(errors);
        this.size = size;
    }

    public PyNode module() {
        return module;
    }

    /** How many nodes the tree has, anonymous tokens included: what holding it costs in memory. */
    public int size() {
        return size;
    }

    /** The text that was parsed (without a byte-order mark). */
    public String source() {
        return offsets.text();
    }

    /** ERROR and missing-token nodes, in source order: where the file is not valid Python. */
    public List<PyNode> syntaxErrors() {
        return errors;
    }

    public Optional<PyNode> firstSyntaxError() {
        return errors.stream().findFirst();
    }

    SourceOffsets offsets() {
        return offsets;
    }
}
