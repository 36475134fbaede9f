package dev.ormlint.analyzer.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.util.Map;
import java.util.Optional;

/**
 * The value of a compile-time constant {@code String} expression: literals, text blocks,
 * concatenations of constants, {@code final} fields of the types in the same file, and library
 * constants a rule knows by name ({@code org.hibernate.jpa.SpecHints.HINT_SPEC_FETCH_GRAPH}),
 * also when reached through a subtype ({@code AvailableHints}) or a static import. Anything else
 * (a constant declared in another project file, a method call) is not known: empty.
 */
public final class ConstantStrings {

    private static final int MAX_DEPTH = 8;

    private final TypeFacts types;
    private final Map<String, String> libraryConstants;

    /**
     * @param libraryConstants {@code owner.FIELD} (owner fully qualified) to the constant's value
     */
    public ConstantStrings(TypeFacts types, Map<String, String> libraryConstants) {
        this.types = types;
        this.libraryConstants = Map.copyOf(libraryConstants);
    }

    public Optional<String> valueOf(Expression expression) {
        return valueOf(expression, 0);
    }

    private Optional<String> valueOf(Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (expression instanceof StringLiteralExpr literal) {
            return Optional.of(literal.asString());
        }
        if (expression instanceof TextBlockLiteralExpr block) {
            return Optional.of(block.asString());
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return valueOf(enclosed.getInner(), depth + 1);
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> left = valueOf(binary.getLeft(), depth + 1);
            Optional<String> right = valueOf(binary.getRight(), depth + 1);
            return left.isPresent() && right.isPresent() ? Optional.of(left.get() + right.get()) : Optional.empty();
        }
        if (expression instanceof NameExpr name) {
            return fieldInThisFile(name.getNameAsString(), name, depth)
                    .or(() -> staticallyImported(name.getNameAsString()));
        }
        if (expression instanceof FieldAccessExpr access) {
            return ownedBy(access.getScope().toString(), access.getNameAsString(), access, depth);
        }
        return Optional.empty();
    }

    /** A final field with an initializer, declared in a type enclosing {@code usage}. */
    private Optional<String> fieldInThisFile(String name, Node usage, int depth) {
        for (Node n = usage; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                Optional<String> value = finalField(type, name, depth);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> finalField(TypeDeclaration<?> type, String name, int depth) {
        boolean interfaceConstants = type.isClassOrInterfaceDeclaration()
                && type.asClassOrInterfaceDeclaration().isInterface();
        for (FieldDeclaration field : type.getFields()) {
            if (!field.isFinal() && !interfaceConstants) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                if (variable.getNameAsString().equals(name) && variable.getInitializer().isPresent()) {
                    return valueOf(variable.getInitializer().get(), depth + 1);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> staticallyImported(String name) {
        String imported = types.scope().staticImports().get(name);
        if (imported != null) {
            return library(imported.substring(0, imported.lastIndexOf('.')), name);
        }
        return types.scope().staticWildcardImports().stream()
                .map(owner -> library(owner, name))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Optional<String> ownedBy(String writtenOwner, String name, Node usage, int depth) {
        Optional<String> owner = types.resolveName(writtenOwner, usage);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        for (TypeDeclaration<?> type : types.unit().findAll(TypeDeclaration.class)) {
            if (type.getFullyQualifiedName().filter(owner.get()::equals).isPresent()) {
                return finalField(type, name, depth);
            }
        }
        return library(owner.get(), name);
    }

    /** A known library constant, declared on {@code owner} or inherited by it. */
    private Optional<String> library(String owner, String name) {
        String direct = libraryConstants.get(owner + "." + name);
        if (direct != null) {
            return Optional.of(direct);
        }
        return libraryConstants.entrySet().stream()
                .filter(e -> e.getKey().endsWith("." + name))
                .filter(e -> types.index().isSubtype(owner, e.getKey().substring(0, e.getKey().length() - name.length() - 1)))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
