package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Follows a variable to the values it is given, so a rule can see that
 * {@code for (Product p : products)} iterates over {@code repository.findAll()} assigned a few lines
 * earlier, or that {@code repository.save(parent)} in a loop saves the same object every time.
 */
final class Locals {

    private Locals() {
    }

    /**
     * Every value {@code name} is given: the initializer and each plain assignment of the local
     * variable visible at {@code name}, or of a field of the enclosing type (a final field's
     * initializer; a field's initializer and assignments in that type). Empty when they are unknown
     * (a parameter, a loop or lambda variable, a compound assignment, a field the type never sets).
     */
    static Optional<List<Expression>> valuesOf(NameExpr name) {
        String variable = name.getNameAsString();
        Node child = name;
        for (Node parent = name.getParentNode().orElse(null); parent != null;
             child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof BlockStmt block) {
                Optional<VariableDeclarator> local = declaredBefore(block, child, variable);
                if (local.isPresent()) {
                    return localValues(block, local.get());
                }
            } else if (declaresUnknownValue(parent, variable)) {
                return Optional.empty();
            } else if (parent instanceof TypeDeclaration<?> type) {
                return fieldValues(type, variable);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} is a field of the enclosing type, not a local, parameter or loop variable. */
    static boolean isField(NameExpr name) {
        String variable = name.getNameAsString();
        Node child = name;
        for (Node parent = name.getParentNode().orElse(null); parent != null;
             child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof BlockStmt block && declaredBefore(block, child, variable).isPresent()
                    || declaresUnknownValue(parent, variable)) {
                return false;
            }
            if (parent instanceof TypeDeclaration<?> type) {
                return type.getFieldByName(variable).isPresent();
            }
        }
        return false;
    }

    /** Whether every value {@code name} is given passes {@code test}; false when the values are unknown. */
    static boolean allValuesMatch(NameExpr name, Predicate<Expression> test) {
        return valuesOf(name).map(values -> values.stream().allMatch(test)).orElse(false);
    }

    private static Optional<VariableDeclarator> declaredBefore(BlockStmt block, Node child, String name) {
        for (Statement statement : block.getStatements()) {
            if (statement == child) {
                break;
            }
            if (statement instanceof ExpressionStmt expression
                    && expression.getExpression() instanceof VariableDeclarationExpr declaration) {
                for (VariableDeclarator v : declaration.getVariables()) {
                    if (v.getNameAsString().equals(name)) {
                        return Optional.of(v);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Parameters, loop variables and resources: values the code does not show. */
    private static boolean declaresUnknownValue(Node node, String name) {
        List<? extends NodeWithSimpleName<?>> declared = List.of();
        if (node instanceof CallableDeclaration<?> callable) {
            declared = callable.getParameters();
        } else if (node instanceof LambdaExpr lambda) {
            declared = lambda.getParameters();
        } else if (node instanceof CatchClause clause) {
            declared = List.of(clause.getParameter());
        } else if (node instanceof ForEachStmt loop) {
            declared = loop.getVariable().getVariables();
        } else if (node instanceof ForStmt loop) {
            declared = variablesOf(loop.getInitialization());
        } else if (node instanceof TryStmt statement) {
            declared = variablesOf(statement.getResources());
        }
        return declared.stream().anyMatch(d -> d.getNameAsString().equals(name));
    }

    private static List<VariableDeclarator> variablesOf(List<Expression> expressions) {
        return expressions.stream()
                .filter(Expression::isVariableDeclarationExpr)
                .flatMap(e -> e.asVariableDeclarationExpr().getVariables().stream())
                .toList();
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

    private static Optional<List<Expression>> fieldValues(TypeDeclaration<?> type, String name) {
        for (FieldDeclaration field : type.getFields()) {
            for (VariableDeclarator v : field.getVariables()) {
                if (v.getNameAsString().equals(name)) {
                    return field.isFinal() ? v.getInitializer().map(List::of) : initializerAndAssignments(type, v);
                }
            }
        }
        return Optional.empty();
    }

    /** A field's initializer and what the methods of its type assign to it ({@code items = ..}, {@code this.items = ..}). */
    private static Optional<List<Expression>> initializerAndAssignments(TypeDeclaration<?> type, VariableDeclarator field) {
        String name = field.getNameAsString();
        List<Expression> values = new ArrayList<>();
        field.getInitializer().ifPresent(values::add);
        for (AssignExpr assignment : type.findAll(AssignExpr.class, a -> assignsField(a, name))) {
            if (assignment.getOperator() != AssignExpr.Operator.ASSIGN) {
                return Optional.empty();
            }
            values.add(assignment.getValue());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    private static boolean assignsField(AssignExpr assignment, String name) {
        if (assignment.getTarget() instanceof FieldAccessExpr access) {
            return access.getScope() instanceof ThisExpr && access.getNameAsString().equals(name);
        }
        if (!(assignment.getTarget() instanceof NameExpr target) || !target.getNameAsString().equals(name)) {
            return false;
        }
        // Not a local or parameter of the same name in the method that assigns it.
        return assignment.findAncestor(CallableDeclaration.class)
                .filter(callable -> callable.findFirst(VariableDeclarator.class, v -> v.getNameAsString().equals(name))
                        .isPresent()
                        || callable.findFirst(Parameter.class, p -> p.getNameAsString().equals(name)).isPresent())
                .isEmpty();
    }
}
