package dev.ormlint.analyzer.java;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.Collection;
import java.util.Optional;

/**
 * Annotations as rules read them: identified by their qualified name, resolved through the file's
 * imports (so a project's own {@code @Transactional} never passes for Spring's), and their
 * attributes read from the source as written.
 */
public final class Annotations {

    private Annotations() {
    }

    /** The first annotation on {@code node} whose name resolves to one of {@code qualifiedNames}. */
    public static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, Collection<String> qualifiedNames,
                                                TypeFacts types) {
        return node.getAnnotations().stream().filter(a -> isOneOf(a, qualifiedNames, types)).findFirst();
    }

    public static boolean isOneOf(AnnotationExpr annotation, Collection<String> qualifiedNames, TypeFacts types) {
        return types.resolveName(annotation.getNameAsString(), annotation)
                .filter(qualifiedNames::contains)
                .isPresent();
    }

    /**
     * The value written for attribute {@code name}: a {@code name = value} pair, or the single
     * member of {@code @A(value)} when {@code name} is {@code value}. Empty when the attribute is
     * left at its default.
     */
    public static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return name.equals("value") ? Optional.of(single.getMemberValue()) : Optional.empty();
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream()
                    .filter(p -> p.getNameAsString().equals(name))
                    .map(MemberValuePair::getValue)
                    .findFirst();
        }
        return Optional.empty();
    }

    /** Whether the attribute is written as the literal {@code true}. */
    public static boolean isTrue(AnnotationExpr annotation, String name) {
        return attribute(annotation, name)
                .filter(v -> v instanceof BooleanLiteralExpr literal && literal.getValue())
                .isPresent();
    }

    /**
     * The constant named by an enum-valued attribute, however it is written:
     * {@code Propagation.REQUIRES_NEW}, a qualified name, or a statically imported
     * {@code REQUIRES_NEW}. Empty when the attribute is unset or is not a plain name.
     */
    public static Optional<String> enumConstant(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).flatMap(v -> {
            if (v instanceof FieldAccessExpr access) {
                return Optional.of(access.getNameAsString());
            }
            if (v instanceof NameExpr simple) {
                return Optional.of(simple.getNameAsString());
            }
            return Optional.empty();
        });
    }
}
