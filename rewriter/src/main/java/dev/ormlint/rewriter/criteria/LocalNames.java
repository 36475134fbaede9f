package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.SimpleName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gives generated locals names no identifier of their method uses yet ({@code cb}, then
 * {@code cb2}, ...), so they never shadow or clash with what the code already names.
 */
final class LocalNames {

    private final Map<Node, Set<String>> usedByScope = new HashMap<>();

    String fresh(Node inside, String wanted) {
        Set<String> used = usedByScope.computeIfAbsent(scopeOf(inside), LocalNames::identifiers);
        String name = wanted;
        for (int i = 2; used.contains(name); i++) {
            name = wanted + i;
        }
        used.add(name);
        return name;
    }

    private static Node scopeOf(Node node) {
        return node.findAncestor(CallableDeclaration.class).<Node>map(c -> c)
                .or(() -> node.findAncestor(TypeDeclaration.class))
                .orElseGet(() -> node.findRootNode());
    }

    private static Set<String> identifiers(Node scope) {
        Set<String> names = new HashSet<>();
        scope.findAll(SimpleName.class).forEach(n -> names.add(n.getIdentifier()));
        return names;
    }
}
