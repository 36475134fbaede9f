package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.WildcardType;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.Optional;
import java.util.Set;

/**
 * The row type declared where a query's result goes (a cast, a {@code return}, a variable). Legacy
 * {@code list()} returns a raw {@code List} and {@code uniqueResult()} an {@code Object}, so legacy
 * code may declare a supertype of the rows ({@code List<OrderAuthorization>} for a query of
 * {@code UserOrderAuthorization}); the typed result of the migrated query must still fit there.
 */
final class RowTarget {

    private static final String OBJECT = "java.lang.Object";
    /** JDK supertypes of the values a projection returns (boxed numbers, strings, dates). */
    private static final Set<String> VALUE_SUPERTYPES = Set.of(OBJECT, "java.lang.Number", "java.io.Serializable",
            "java.lang.Comparable");

    private RowTarget() {
    }

    /**
     * The row type the migrated query must declare so its result fits where the legacy result went:
     * empty when the query's own row type fits (or nothing declares one), a supertype of the rows when
     * the receiving code declares one. Throws when the declared type cannot hold the typed rows.
     *
     * @param rowType qualified name of what each row is
     */
    static Optional<String> declaredSupertype(Expression terminal, Finisher finisher, String rowType, TypeFacts facts)
            throws Unsupported {
        Optional<Type> declared = declaredType(terminal);
        if (declared.isEmpty() || !finisher.after().isEmpty()) {
            return Optional.empty(); // a helper's .intValue() returns what the helper returned
        }
        boolean list = finisher.returnsRows();
        Optional<Type> row = list ? elementOf(declared.get()) : declared;
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Type written = row.get();
        if (written.isArrayType() && rowType.endsWith("[]") || written.isPrimitiveType()
                && rowType.equals("java.lang." + written.asPrimitiveType().toBoxedType().getNameAsString())) {
            return Optional.empty();
        }
        Unsupported mismatch = new Unsupported("rows declared as `" + declared.get() + "`",
                "declared result type does not hold the query's rows (" + TypeNames.simple(rowType) + ")");
        if (!written.isClassOrInterfaceType()) {
            throw mismatch;
        }
        TypeRef target = facts.resolve(written);
        if (declared.get().getParentNode().orElse(null) instanceof CastExpr && isTypeVariable(written)) {
            return Optional.empty(); // an unchecked cast to a type variable accepts any rows
        }
        if (target.name().equals(rowType)) {
            return Optional.empty();
        }
        if (isSupertype(target.name(), rowType, facts)) {
            // A cast or a variable of a supertype holds the single row as it is; a typed list does not.
            return list ? Optional.of(target.name()) : Optional.empty();
        }
        if (!list && target.resolved() && facts.index().isSubtype(target.name(), rowType)) {
            return Optional.empty();
        }
        throw mismatch;
    }

    private static boolean isSupertype(String superName, String rowType, TypeFacts facts) {
        return superName.equals(OBJECT) || facts.index().isSubtype(rowType, superName)
                || VALUE_SUPERTYPES.contains(superName) && rowType.startsWith("java.");
    }

    /** The type written where the value of {@code terminal} goes, or empty where none is written. */
    private static Optional<Type> declaredType(Expression terminal) {
        Node value = terminal;
        while (value.getParentNode().orElse(null) instanceof EnclosedExpr enclosed) {
            value = enclosed;
        }
        Node parent = value.getParentNode().orElse(null);
        if (parent instanceof CastExpr cast) {
            return Optional.of(cast.getType());
        }
        if (parent instanceof VariableDeclarator declarator && !declarator.getType().isVarType()) {
            return Optional.of(declarator.getType());
        }
        if (parent instanceof ReturnStmt) {
            for (Node n = parent; n != null; n = n.getParentNode().orElse(null)) {
                if (n instanceof LambdaExpr) {
                    return Optional.empty();
                }
                if (n instanceof MethodDeclaration method) {
                    return Optional.of(method.getType());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isTypeVariable(Type type) {
        String name = type.asClassOrInterfaceType().getNameAsString();
        for (Node n = type; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithTypeParameters<?> generic
                    && generic.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** {@code E} of {@code List<E>} or {@code List<? extends E>}; empty for a raw or {@code <?>} list. */
    private static Optional<Type> elementOf(Type container) {
        if (!(container instanceof ClassOrInterfaceType type) || type.getTypeArguments().isEmpty()
                || type.getTypeArguments().get().size() != 1) {
            return Optional.empty();
        }
        Type element = type.getTypeArguments().get().get(0);
        if (element instanceof WildcardType wildcard) {
            return wildcard.getExtendedType().map(Type.class::cast);
        }
        return Optional.of(element);
    }
}
