package dev.ormlint.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows a variable to the values it is given, so a rule can see that
 * {@code for (Product p : products)} iterates over {@code repository.findAll()} assigned a few lines
 * earlier, or that {@code repository.save(parent)} in a loop saves the same object every time.
 */
final class Locals {

    private Locals() {
    }

    /**
     * Every value {@code name} is given: the initializer and each plain assignment of a variable
     * declared once in the enclosing method, or the initializer of a final field of the enclosing
     * type. Empty when they are unknown (a parameter, a compound assignment, a name declared twice).
     */
    static Optional<List<Expression>> valuesOf(NameExpr name) {
        String variable = name.getNameAsString();
        for (Node n = name.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> callable) {
                List<VariableDeclarator> declared = callable.findAll(VariableDeclarator.class,
                        v -> v.getNameAsString().equals(variable));
                if (!declared.isEmpty()) {
                    return declared.size() == 1 ? localValues(callable, declared.get(0)) : Optional.empty();
                }
                if (callable.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(variable))) {
                    return Optional.empty();
                }
            } else if (n instanceof TypeDeclaration<?> type) {
                return finalField(type, variable)
                        .flatMap(VariableDeclarator::getInitializer)
                        .map(List::of);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the variable {@code name} gets a value inside {@code scope}: declared there (as a
     * variable or a lambda or catch parameter) or assigned there.
     */
    static boolean isSetWithin(Node scope, String name) {
        return scope.findFirst(VariableDeclarator.class, v -> v.getNameAsString().equals(name)).isPresent()
                || scope.findFirst(Parameter.class, p -> p.getNameAsString().equals(name)).isPresent()
                || !assignments(scope, name).isEmpty();
    }

    private static Optional<List<Expression>> localValues(Node scope, VariableDeclarator variable) {
        List<Expression> values = new ArrayList<>();
        variable.getInitializer().ifPresent(values::add);
        for (AssignExpr assignment : assignments(scope, variable.getNameAsString())) {
            if (assignment.getOperator() != AssignExpr.Operator.ASSIGN) {
                return Optional.empty();
            }
            values.add(assignment.getValue());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    private static List<AssignExpr> assignments(Node scope, String name) {
        return scope.findAll(AssignExpr.class, a -> a.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(name));
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
}
