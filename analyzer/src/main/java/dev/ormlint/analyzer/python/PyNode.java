package dev.ormlint.analyzer.python;

import dev.ormlint.analyzer.SourceRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One node of a parsed Python file: a copy of tree-sitter's node held in Java, so that it outlives the
 * native tree (closed as soon as the file is parsed) and costs no native call to read. Types and field
 * names are the grammar's ({@code call}, {@code function}, {@code arguments}, ...); anonymous tokens
 * ({@code async}, {@code ==}, {@code (}) are kept as unnamed children.
 */
public final class PyNode {

    private static final List<PyNode> NONE = List.of();

    private final PyTree tree;
    private final PyNode parent;
    private final String type;
    private final String field;
    private final boolean named;
    private final boolean missing;
    private final int start;
    private final int end;
    private List<PyNode> children = NONE;

    PyNode(PyTree tree, PyNode parent, String type, String field, boolean named, boolean missing, int start, int end) {
        this.tree = tree;
        this.parent = parent;
        this.type = type;
        this.field = field;
        this.named = named;
        this.missing = missing;
        this.start = start;
        this.end = end;
    }

    void addChild(PyNode child) {
        if (children == NONE) {
            children = new ArrayList<>(4);
        }
        children.add(child);
    }

    public PyTree tree() {
        return tree;
    }

    /** The grammar's node type, e.g. {@code call}, {@code identifier}, or the token text of an anonymous node. */
    public String type() {
        return type;
    }

    public boolean is(String nodeType) {
        return type.equals(nodeType);
    }

    /** The field this node fills in its parent ({@code function}, {@code arguments}, ...), or null. */
    public String field() {
        return field;
    }

    public boolean isNamed() {
        return named;
    }

    /** A token the parser inserted to recover from a syntax error: it has no text. */
    public boolean isMissing() {
        return missing;
    }

    public boolean isError() {
        return type.equals("ERROR");
    }

    public Optional<PyNode> parent() {
        return Optional.ofNullable(parent);
    }

    public List<PyNode> children() {
        return children;
    }

    public List<PyNode> namedChildren() {
        return children.stream().filter(PyNode::isNamed).toList();
    }

    /** The child in field {@code name}, e.g. {@code call.child("function")}. */
    public Optional<PyNode> child(String fieldName) {
        for (PyNode child : children) {
            if (fieldName.equals(child.field)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** Every child in field {@code name} (e.g. the several {@code name}s of an import). */
    public List<PyNode> children(String fieldName) {
        return children.stream().filter(c -> fieldName.equals(c.field)).toList();
    }

    /** The nearest enclosing node of one of {@code types}, not this node itself. */
    public Optional<PyNode> ancestor(Set<String> types) {
        for (PyNode n = parent; n != null; n = n.parent) {
            if (types.contains(n.type)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** This node and everything below it, in source order; iterative, so deep nesting cannot overflow the stack. */
    public void walk(Consumer<PyNode> visitor) {
        Deque<PyNode> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            PyNode node = stack.pop();
            visitor.accept(node);
            for (int i = node.children.size() - 1; i >= 0; i--) {
                stack.push(node.children.get(i));
            }
        }
    }

    /** Every node of type {@code nodeType} at or below this one, in source order. */
    public List<PyNode> findAll(String nodeType) {
        List<PyNode> found = new ArrayList<>();
        walk(n -> {
            if (n.type.equals(nodeType)) {
                found.add(n);
            }
        });
        return found;
    }

    /** String index (into {@link PyTree#source()}) of the first character. */
    public int startIndex() {
        return start;
    }

    /** String index just past the last character. */
    public int endIndex() {
        return end;
    }

    public String text() {
        return tree.source().substring(start, end);
    }

    /** 1-based line of the first character. */
    public int line() {
        return tree.offsets().line(start);
    }

    public SourceRange range() {
        return tree.offsets().range(start, end);
    }

    @Override
    public String toString() {
        return type + "@" + line() + ":" + tree.offsets().column(start);
    }
}
