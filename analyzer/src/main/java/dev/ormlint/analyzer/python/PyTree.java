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

    PyTree(SourceOffsets offsets) {
        this.offsets = offsets;
    }

    void complete(PyNode module, List<PyNode> errors) {
        this.module = module;
        this.errors = List.copyOf(errors);
    }

    public PyNode module() {
        return module;
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
