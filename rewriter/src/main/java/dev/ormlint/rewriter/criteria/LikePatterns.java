package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.Expression;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.Locale;

/**
 * The Java expression for a legacy like pattern. Legacy wraps the value by its {@code MatchMode}
 * without escaping {@code %} or {@code _}, and for {@code ilike} lower-cases it with
 * {@code Locale.ROOT} after {@code toString()}; the migrated pattern does exactly the same, folded
 * into one literal when the value is a plain string literal.
 */
final class LikePatterns {

    private LikePatterns() {
    }

    static String pattern(Criterion.Like like, SourceText source, TypeFacts facts, TypeNames types) {
        Expression value = like.value();
        String text = source.of(value);
        String prefix = like.mode() == null ? "" : like.mode().prefix;
        String suffix = like.mode() == null ? "" : like.mode().suffix;
        if (value.isStringLiteralExpr() && !value.asStringLiteralExpr().getValue().contains("\\")) {
            String folded = prefix + value.asStringLiteralExpr().getValue() + suffix;
            return "\"" + (like.ignoreCase() ? folded.toLowerCase(Locale.ROOT) : folded) + "\"";
        }
        boolean wrapped = like.mode() != null && like.mode() != Criterion.MatchMode.EXACT;
        String pattern = wrapped
                ? (prefix.isEmpty() ? "" : "\"%\" + ") + operand(value, text) + (suffix.isEmpty() ? "" : " + \"%\"")
                : text;
        if (!like.ignoreCase()) {
            return pattern;
        }
        String lower = ".toLowerCase(" + types.of("java.util.Locale") + ".ROOT)";
        if (wrapped) {
            return "(" + pattern + ")" + lower;
        }
        boolean isString = facts.typeOf(value).map(t -> t.is("java.lang.String")).orElse(false);
        return operand(value, text) + (isString ? "" : ".toString()") + lower;
    }

    /** {@code value.toString().toLowerCase(Locale.ROOT)} as legacy computes it for {@code ignoreCase()}. */
    static String lowered(Expression value, SourceText source, TypeFacts facts, TypeNames types) {
        if (value.isStringLiteralExpr() && !value.asStringLiteralExpr().getValue().contains("\\")) {
            return "\"" + value.asStringLiteralExpr().getValue().toLowerCase(Locale.ROOT) + "\"";
        }
        boolean isString = facts.typeOf(value).map(t -> t.is("java.lang.String")).orElse(false);
        return operand(value, source.of(value)) + (isString ? "" : ".toString()")
                + ".toLowerCase(" + types.of("java.util.Locale") + ".ROOT)";
    }

    /** The value as an operand of {@code +} or a method call: parenthesized unless it is primary. */
    private static String operand(Expression value, String text) {
        boolean primary = value.isNameExpr() || value.isMethodCallExpr() || value.isFieldAccessExpr()
                || value.isLiteralExpr() || value.isEnclosedExpr() || value.isArrayAccessExpr();
        return primary ? text : "(" + text + ")";
    }
}
