package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.Optional;

/** The declarations around a node, typed (JavaParser's {@code findAncestor} loses the wildcard). */
final class Enclosing {

    private Enclosing() {
    }

    /** The innermost method or constructor (of an anonymous class, too) around {@code node}. */
    static Optional<CallableDeclaration<?>> callable(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> callable) {
                return Optional.of(callable);
            }
        }
        return Optional.empty();
    }

    /** The innermost named type declaration around {@code node}. */
    static Optional<TypeDeclaration<?>> type(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
