package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Folds the compile-time constant strings property names are written with
 * ({@code static final String VOIDED = "voided"}), declared in the same class, a superclass or
 * interface, or another class ({@code Fields.NAME}), as javac folds them: a {@code final} field
 * initialized with a string literal, or a concatenation of such.
 */
final class Constants {

    private static final int MAX_DEPTH = 4;

    private final ProjectIndex index;
    private final ProjectSources.Parsing sources;

    Constants(ProjectIndex index, ProjectSources.Parsing sources) {
        this.index = index;
        this.sources = sources;
    }

    /** The string {@code e} always is, or empty when it is not a compile-time constant the sources show. */
    Optional<String> stringValue(Expression e, TypeFacts facts) {
        return value(e, facts, 0);
    }

    private Optional<String> value(Expression e, TypeFacts facts, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (e.isStringLiteralExpr()) {
            return Optional.of(e.asStringLiteralExpr().asString());
        }
        if (e instanceof EnclosedExpr enclosed) {
            return value(enclosed.getInner(), facts, depth);
        }
        if (e instanceof BinaryExpr plus && plus.getOperator() == BinaryExpr.Operator.PLUS) {
            return value(plus.getLeft(), facts, depth).flatMap(l -> value(plus.getRight(), facts, depth).map(r -> l + r));
        }
        if (e instanceof NameExpr name) {
            return unqualified(name, facts, depth);
        }
        if (e instanceof FieldAccessExpr access && !access.getScope().isThisExpr()) {
            return facts.resolveName(access.getScope().toString(), access)
                    .flatMap(owner -> inTypeOrSupertypes(owner, access.getNameAsString(), depth));
        }
        if (e instanceof FieldAccessExpr access) {
            return unqualified(new NameExpr(access.getNameAsString()), access, facts, depth);
        }
        return Optional.empty();
    }

    private Optional<String> unqualified(NameExpr name, TypeFacts facts, int depth) {
        return unqualified(name, name, facts, depth);
    }

    /** A simple name: a field of an enclosing class or of its supertypes, or a static import. */
    private Optional<String> unqualified(NameExpr name, Node at, TypeFacts facts, int depth) {
        String field = name.getNameAsString();
        if (shadowedByLocal(field, at)) {
            return Optional.empty();
        }
        for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                Optional<String> own = declared(type, field, facts, depth);
                if (own.isPresent()) {
                    return own;
                }
                Optional<String> inherited = type.getFullyQualifiedName()
                        .flatMap(qualified -> inSupertypes(qualified, field, depth));
                if (inherited.isPresent()) {
                    return inherited;
                }
            }
        }
        String imported = facts.scope().staticImports().get(field);
        if (imported != null && imported.lastIndexOf('.') > 0) {
            return inTypeOrSupertypes(imported.substring(0, imported.lastIndexOf('.')), field, depth);
        }
        return Optional.empty();
    }

    private Optional<String> inTypeOrSupertypes(String qualifiedType, String field, int depth) {
        Optional<String> own = declaredIn(qualifiedType, field, depth);
        return own.isPresent() ? own : inSupertypes(qualifiedType, field, depth);
    }

    private Optional<String> inSupertypes(String qualifiedType, String field, int depth) {
        Deque<String> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        index.supertypes(qualifiedType).forEach(s -> pending.add(s.name()));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            Optional<String> found = declaredIn(next, field, depth);
            if (found.isPresent()) {
                return found;
            }
            index.supertypes(next).stream().map(TypeRef::name).forEach(pending::add);
        }
        return Optional.empty();
    }

    private Optional<String> declaredIn(String qualifiedType, String field, int depth) {
        Optional<TypeInfo> info = index.type(qualifiedType);
        Optional<TypeDeclaration<?>> type = info.flatMap(sources::declaration);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        TypeFacts facts = new TypeFacts(type.get().findCompilationUnit().orElseThrow(), index);
        return declared(type.get(), field, facts, depth);
    }

    /** A {@code final} field of {@code type} itself (implicitly so in an interface), folded. */
    private Optional<String> declared(TypeDeclaration<?> type, String field, TypeFacts facts, int depth) {
        for (FieldDeclaration declaration : type.getFields()) {
            boolean constant = declaration.isFinal() || type.isClassOrInterfaceDeclaration()
                    && type.asClassOrInterfaceDeclaration().isInterface();
            for (VariableDeclarator variable : declaration.getVariables()) {
                if (variable.getNameAsString().equals(field)) {
                    return constant && variable.getType().asString().equals("String")
                            ? variable.getInitializer().flatMap(init -> value(init, facts, depth + 1)) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** A local variable or parameter of the same name hides the field. */
    private static boolean shadowedByLocal(String name, Node at) {
        for (Node n = at; n != null && !(n instanceof TypeDeclaration<?>); n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> callable
                    && callable.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
                return true;
            }
            if (n instanceof BlockStmt block
                    && !block.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)
                    && v.findAncestor(TypeDeclaration.class).equals(at.findAncestor(TypeDeclaration.class))).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
