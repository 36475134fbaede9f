package dev.ormlint.analyzer.engine;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @SuppressWarnings("ormlint")} and {@code @SuppressWarnings("ormlint:RuleId")} on any
 * enclosing declaration (type, method, constructor, field, parameter, local variable).
 */
public final class Suppressions {

    public static final String ALL = "ormlint";
    public static final String PREFIX = "ormlint:";

    private Suppressions() {
    }

    public static boolean isSuppressed(Node node, String ruleId) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithAnnotations<?> annotated) {
                for (AnnotationExpr annotation : annotated.getAnnotations()) {
                    String name = annotation.getNameAsString();
                    if ((name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings"))
                            && values(annotation).stream().anyMatch(v -> v.equals(ALL) || v.equals(PREFIX + ruleId))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> values(AnnotationExpr annotation) {
        List<String> values = new ArrayList<>();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            collect(single.getMemberValue(), values);
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals("value")) {
                    collect(pair.getValue(), values);
                }
            }
        }
        return values;
    }

    private static void collect(Expression value, List<String> out) {
        if (value instanceof StringLiteralExpr literal) {
            out.add(literal.getValue());
        } else if (value instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(v -> collect(v, out));
        }
    }
}
