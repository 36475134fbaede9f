package dev.ormlint.rules.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

/**
 * Whether a value is the same for every row of a loop: literals, constants, variables other than
 * the row, and getters of those ({@code PredefinedScenarios.MASTER.getScenario()}), combined with
 * operators. Another call ({@code Instant.now()}, {@code row.getPrice()}) or an object creation may
 * differ per row, so it does not count.
 */
final class RowIndependence {

    private RowIndependence() {
    }

    static boolean holds(Expression value, String row) {
        if (value instanceof LiteralExpr) {
            return true;
        }
        if (value instanceof NameExpr name) {
            return !name.getNameAsString().equals(row);
        }
        if (value instanceof FieldAccessExpr access) {
            return access.getScope().isThisExpr() || holds(access.getScope(), row);
        }
        if (value instanceof MethodCallExpr getter) {
            String name = getter.getNameAsString();
            return getter.getArguments().isEmpty() && (name.startsWith("get") || name.startsWith("is"))
                    && getter.getScope().filter(scope -> holds(scope, row)).isPresent();
        }
        if (value instanceof EnclosedExpr enclosed) {
            return holds(enclosed.getInner(), row);
        }
        if (value instanceof CastExpr cast) {
            return holds(cast.getExpression(), row);
        }
        if (value instanceof UnaryExpr unary) {
            return isPure(unary) && holds(unary.getExpression(), row);
        }
        if (value instanceof BinaryExpr binary) {
            return holds(binary.getLeft(), row) && holds(binary.getRight(), row);
        }
        if (value instanceof ConditionalExpr conditional) {
            return holds(conditional.getCondition(), row) && holds(conditional.getThenExpr(), row)
                    && holds(conditional.getElseExpr(), row);
        }
        return false;
    }

    /** {@code -x}, {@code +x}, {@code !x}, {@code ~x}; not {@code ++x} or {@code x--}, which change per row. */
    private static boolean isPure(UnaryExpr unary) {
        return switch (unary.getOperator()) {
            case MINUS, PLUS, LOGICAL_COMPLEMENT, BITWISE_COMPLEMENT -> true;
            default -> false;
        };
    }
}
