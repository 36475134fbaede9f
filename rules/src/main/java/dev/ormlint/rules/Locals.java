package dev.ormlint.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.List;
import java.util.Optional;

/**
 * Follows a variable to the value it was initialized with, so a rule can see that
 * {@code for (Product p : products)} iterates over {@code repository.findAll()} assigned a few lines
 * earlier. Only a variable declared once (in the enclosing method, or as a field of the enclosing
 * type) and never assigned again has a known value; anything else is unknown.
 */
final class Locals {

    private Locals() {
    }

    /** {@code name}'s initializer, when it is the variable's only value. */
    static Optional<Expression> valueOf(NameExpr name) {
        String variable = name.getNameAsString();
        for (Node n = name.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> callable) {
                List<VariableDeclarator> declared = callable.findAll(VariableDeclarator.class,
                        v -> v.getNameAsString().equals(variable));
                if (!declared.isEmpty()) {
                    return declared.size() == 1 && !assignedIn(callable, variable)
                            ? declared.get(0).getInitializer()
                            : Optional.empty();
                }
                if (callable.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(variable))) {
                    return Optional.empty();
                }
            } else if (n instanceof TypeDeclaration<?> type) {
                return finalField(type, variable).flatMap(VariableDeclarator::getInitializer);
            }
        }
        return Optional.empty();
    }

    private static Optional<VariableDeclarator> finalField(TypeDeclaration<?> type, String name) {
        for (FieldDeclaration field : type.getFields()) {
            for (VariableDeclarator v : field.getVariables()) {
                if (v.getNameAsString().equals(name)) {
                    return field.isFinal() ? Optional.of(v) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean assignedIn(Node scope, String variable) {
        return scope.findFirst(AssignExpr.class, a -> a.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(variable)).isPresent();
    }
}
