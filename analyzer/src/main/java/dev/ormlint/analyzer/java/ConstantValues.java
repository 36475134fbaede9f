package dev.ormlint.analyzer.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the constant expressions configuration code passes to setters: numbers and their
 * arithmetic ({@code 30 * 60 * 1000}), booleans, {@code Duration.ofMinutes(30)} and
 * {@code .toMillis()}, {@code TimeUnit.MINUTES.toMillis(30)}, and final variables or fields of the
 * same file initialised with such an expression. Anything else is unknown: callers stay silent.
 */
public final class ConstantValues {

    private static final String DURATION = "java.time.Duration";
    private static final String TIME_UNIT = "java.util.concurrent.TimeUnit";
    private static final Map<String, ChronoUnit> DURATION_FACTORIES = Map.of(
            "ofNanos", ChronoUnit.NANOS, "ofMillis", ChronoUnit.MILLIS, "ofSeconds", ChronoUnit.SECONDS,
            "ofMinutes", ChronoUnit.MINUTES, "ofHours", ChronoUnit.HOURS, "ofDays", ChronoUnit.DAYS);
    private static final Map<String, ChronoUnit> TIME_UNITS = Map.of(
            "NANOSECONDS", ChronoUnit.NANOS, "MICROSECONDS", ChronoUnit.MICROS, "MILLISECONDS", ChronoUnit.MILLIS,
            "SECONDS", ChronoUnit.SECONDS, "MINUTES", ChronoUnit.MINUTES, "HOURS", ChronoUnit.HOURS,
            "DAYS", ChronoUnit.DAYS);
    private static final Map<String, ChronoUnit> CONVERSIONS = Map.of(
            "toNanos", ChronoUnit.NANOS, "toMillis", ChronoUnit.MILLIS, "toSeconds", ChronoUnit.SECONDS,
            "getSeconds", ChronoUnit.SECONDS, "toMinutes", ChronoUnit.MINUTES, "toHours", ChronoUnit.HOURS,
            "toDays", ChronoUnit.DAYS);
    private static final int MAX_DEPTH = 16;

    private final TypeFacts types;

    public ConstantValues(TypeFacts types) {
        this.types = types;
    }

    /** The expression as a duration: a {@code Duration}, or a number counted in {@code numberUnit}. */
    public Optional<Duration> duration(Expression expression, ChronoUnit numberUnit) {
        Object value = evaluate(expression, 0);
        if (value instanceof Duration duration) {
            return Optional.of(duration);
        }
        if (value instanceof Long number) {
            return Optional.of(Duration.of(number, numberUnit));
        }
        return Optional.empty();
    }

    public Optional<Boolean> bool(Expression expression) {
        return evaluate(expression, 0) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    public Optional<Long> number(Expression expression) {
        return evaluate(expression, 0) instanceof Long n ? Optional.of(n) : Optional.empty();
    }

    /** A {@code Long}, {@code Boolean} or {@code Duration}, or null when unknown. */
    private Object evaluate(Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        try {
            return evaluateUnchecked(expression, depth + 1);
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private Object evaluateUnchecked(Expression expression, int depth) {
        if (expression instanceof IntegerLiteralExpr literal) {
            return literal.asNumber().longValue();
        }
        if (expression instanceof LongLiteralExpr literal) {
            return literal.asNumber().longValue();
        }
        if (expression instanceof BooleanLiteralExpr literal) {
            return literal.getValue();
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return evaluate(enclosed.getInner(), depth);
        }
        if (expression instanceof CastExpr cast) {
            return evaluate(cast.getExpression(), depth);
        }
        if (expression instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS
                && evaluate(unary.getExpression(), depth) instanceof Long n) {
            return Math.negateExact(n);
        }
        if (expression instanceof BinaryExpr binary) {
            return arithmetic(binary, depth);
        }
        if (expression instanceof MethodCallExpr call) {
            return call(call, depth);
        }
        if (expression instanceof NameExpr name) {
            return variable(name, depth);
        }
        return null;
    }

    private Object arithmetic(BinaryExpr binary, int depth) {
        if (!(evaluate(binary.getLeft(), depth) instanceof Long left)
                || !(evaluate(binary.getRight(), depth) instanceof Long right)) {
            return null;
        }
        return switch (binary.getOperator()) {
            case PLUS -> Math.addExact(left, right);
            case MINUS -> Math.subtractExact(left, right);
            case MULTIPLY -> Math.multiplyExact(left, right);
            case DIVIDE -> right == 0 ? null : left / right;
            default -> null;
        };
    }

    private Object call(MethodCallExpr call, int depth) {
        String name = call.getNameAsString();
        if (call.getArguments().size() == 1 && DURATION_FACTORIES.containsKey(name) && isType(call.getScope(), DURATION, call)
                && evaluate(call.getArgument(0), depth) instanceof Long amount) {
            return Duration.of(amount, DURATION_FACTORIES.get(name));
        }
        if (call.getArguments().isEmpty() && CONVERSIONS.containsKey(name) && call.getScope().isPresent()
                && evaluate(call.getScope().get(), depth) instanceof Duration duration) {
            return duration.toNanos() / Duration.of(1, CONVERSIONS.get(name)).toNanos();
        }
        if (call.getArguments().size() == 1 && CONVERSIONS.containsKey(name) && call.getScope().isPresent()) {
            Optional<ChronoUnit> unit = timeUnit(call.getScope().get());
            if (unit.isPresent() && evaluate(call.getArgument(0), depth) instanceof Long amount) {
                return Duration.of(amount, unit.get()).toNanos() / Duration.of(1, CONVERSIONS.get(name)).toNanos();
            }
        }
        return null;
    }

    private Optional<ChronoUnit> timeUnit(Expression scope) {
        if (scope instanceof FieldAccessExpr access && isType(Optional.of(access.getScope()), TIME_UNIT, access)) {
            return Optional.ofNullable(TIME_UNITS.get(access.getNameAsString()));
        }
        if (scope instanceof NameExpr name) {
            String imported = types.scope().staticImports().get(name.getNameAsString());
            if ((TIME_UNIT + "." + name.getNameAsString()).equals(imported)) {
                return Optional.ofNullable(TIME_UNITS.get(name.getNameAsString()));
            }
        }
        return Optional.empty();
    }

    private boolean isType(Optional<Expression> scope, String qualifiedName, Node context) {
        return scope.isPresent() && (scope.get().isNameExpr() || scope.get().isFieldAccessExpr())
                && types.resolveName(scope.get().toString(), context).map(qualifiedName::equals).orElse(false);
    }

    /** A final local or field of this file with an initializer; the innermost declaration wins. */
    private Object variable(NameExpr name, int depth) {
        for (Node scope = name.getParentNode().orElse(null); scope != null; scope = scope.getParentNode().orElse(null)) {
            for (VariableDeclarator declarator : scope.findAll(VariableDeclarator.class,
                    d -> d.getNameAsString().equals(name.getNameAsString()) && d.getInitializer().isPresent())) {
                if (isFinal(declarator)) {
                    return evaluate(declarator.getInitializer().get(), depth);
                }
                return null;
            }
        }
        return null;
    }

    private static boolean isFinal(VariableDeclarator declarator) {
        Optional<Node> parent = declarator.getParentNode();
        if (parent.isPresent() && parent.get() instanceof FieldDeclaration field) {
            return field.isFinal();
        }
        return parent.isPresent() && parent.get() instanceof VariableDeclarationExpr local && local.isFinal();
    }
}
