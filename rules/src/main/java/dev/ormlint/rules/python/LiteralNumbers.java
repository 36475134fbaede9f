package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The value of a numeric literal written in the call ({@code 3600}, {@code -1}, {@code 1_800},
 * {@code 30 * 60}, {@code 7200.0}); anything else (a name, a setting read at run time) is unknown.
 */
final class LiteralNumbers {

    private LiteralNumbers() {
    }

    static OptionalDouble value(PyNode node) {
        switch (node.type()) {
            case "integer", "float" -> {
                try {
                    return OptionalDouble.of(Double.parseDouble(node.text().replace("_", "")));
                } catch (NumberFormatException e) {
                    return OptionalDouble.empty(); // 0x10, 1e3j: not a plain decimal, not worth knowing
                }
            }
            case "parenthesized_expression" -> {
                List<PyNode> inner = node.namedChildren();
                return inner.size() == 1 ? value(inner.get(0)) : OptionalDouble.empty();
            }
            case "unary_operator" -> {
                OptionalDouble operand = node.child("argument").map(LiteralNumbers::value).orElse(OptionalDouble.empty());
                boolean negative = node.children().get(0).is("-");
                return operand.isPresent() ? OptionalDouble.of(negative ? -operand.getAsDouble() : operand.getAsDouble())
                        : OptionalDouble.empty();
            }
            case "binary_operator" -> {
                return binary(node);
            }
            default -> {
                return OptionalDouble.empty();
            }
        }
    }

    private static OptionalDouble binary(PyNode node) {
        OptionalDouble left = node.child("left").map(LiteralNumbers::value).orElse(OptionalDouble.empty());
        OptionalDouble right = node.child("right").map(LiteralNumbers::value).orElse(OptionalDouble.empty());
        String operator = node.child("operator").map(PyNode::type).orElse("");
        if (left.isEmpty() || right.isEmpty()) {
            return OptionalDouble.empty();
        }
        double a = left.getAsDouble();
        double b = right.getAsDouble();
        return switch (operator) {
            case "*" -> OptionalDouble.of(a * b);
            case "+" -> OptionalDouble.of(a + b);
            case "-" -> OptionalDouble.of(a - b);
            default -> OptionalDouble.empty();
        };
    }
}
