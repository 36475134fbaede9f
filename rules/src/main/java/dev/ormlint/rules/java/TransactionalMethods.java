package dev.ormlint.rules.java;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.Annotations;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

/**
 * Methods made transactional by {@code @Transactional} (Spring, {@code jakarta.transaction},
 * {@code javax.transaction}) on themselves, their class, or the method they override or the type
 * they inherit from, as Spring's annotation lookup does. Propagations that suspend the caller's
 * transaction or may run without one ({@code REQUIRES_NEW}, {@code NOT_SUPPORTED}, {@code NEVER},
 * {@code SUPPORTS}) do not count.
 */
final class TransactionalMethods {

    private static final String SPRING_PACKAGE = "org.springframework.";
    private static final String SPRING_TRANSACTIONAL = SPRING_PACKAGE + "transaction.annotation.Transactional";
    private static final Set<String> TRANSACTIONAL = Set.of(
            SPRING_TRANSACTIONAL, "jakarta.transaction.Transactional", "javax.transaction.Transactional");
    /** Spring's propagation and JTA's TxType constants under which the method joins or opens a transaction. */
    private static final Set<String> JOINING_PROPAGATIONS = Set.of("REQUIRED", "MANDATORY", "NESTED");
    /** How many private helpers deep a read-only transaction is followed from the method that opens it. */
    private static final int HELPER_DEPTH = 3;

    private final TypeFacts types;
    private final ProjectIndex index;

    TransactionalMethods(TypeFacts types) {
        this.types = types;
        this.index = types.index();
    }

    /** Where the method's transaction comes from, worded for a message; empty when it runs in none. */
    Optional<String> transactional(MethodDeclaration method) {
        if (method.isStatic() || method.isPrivate()) {
            return Optional.empty();
        }
        Optional<AnnotationExpr> own = Annotations.find(method, TRANSACTIONAL, types);
        if (own.isPresent()) {
            return joins(own.get()) ? Optional.of("in `@Transactional` method `" + method.getNameAsString() + "`")
                    : Optional.empty();
        }
        Optional<TypeDeclaration<?>> owner = Enclosing.type(method);
        Optional<String> ownerName = owner.flatMap(TypeDeclaration::getFullyQualifiedName);
        if (owner.isEmpty() || ownerName.isEmpty()) {
            return Optional.empty();
        }
        Optional<AnnotationExpr> onClass = Annotations.find(owner.get(), TRANSACTIONAL, types);
        if (onClass.isPresent()) {
            return joins(onClass.get())
                    ? Optional.of("in `" + method.getNameAsString() + "` of `@Transactional` class `" + owner.get().getNameAsString() + "`")
                    : Optional.empty();
        }
        return inherited(method, ownerName.get());
    }

    /**
     * Whether the method runs in a Spring read-only transaction: its own or its class's
     * {@code @Transactional(readOnly = true)}, or, for a private method (which Spring's proxies never
     * intercept), every call of it in its class is made from such a method, a few helpers deep.
     * Spring sets the session's flush mode to MANUAL for such a transaction, so what it saves is
     * never flushed by the commit.
     */
    boolean readOnly(MethodDeclaration method) {
        return readOnly(method, 0);
    }

    private boolean readOnly(MethodDeclaration method, int depth) {
        Optional<TypeDeclaration<?>> owner = Enclosing.type(method);
        if (method.isPrivate()) {
            List<MethodDeclaration> callers = owner.map(o -> callersIn(o, method)).orElse(List.of());
            return depth < HELPER_DEPTH && !callers.isEmpty() && callers.stream().allMatch(c -> readOnly(c, depth + 1));
        }
        Set<String> spring = Set.of(SPRING_TRANSACTIONAL);
        Optional<AnnotationExpr> annotation = Annotations.find(method, spring, types)
                .or(() -> owner.flatMap(o -> Annotations.find(o, spring, types)));
        return annotation.filter(a -> Annotations.isTrue(a, "readOnly")).isPresent();
    }

    /** The methods of {@code type} that call {@code method} on {@code this}, or hand it on as {@code this::method}. */
    private static List<MethodDeclaration> callersIn(TypeDeclaration<?> type, MethodDeclaration method) {
        String name = method.getNameAsString();
        int arity = method.getParameters().size();
        return type.getMethods().stream().filter(m -> m != method && (m.findFirst(MethodCallExpr.class, c ->
                        c.getNameAsString().equals(name) && c.getArguments().size() == arity
                                && c.getScope().map(s -> s instanceof ThisExpr).orElse(true)).isPresent()
                        || m.findFirst(MethodReferenceExpr.class, r -> r.getIdentifier().equals(name)
                                && r.getScope() instanceof ThisExpr).isPresent()))
                .toList();
    }

    /**
     * {@code @Transactional} on the overridden method of a supertype, then on a supertype. Read
     * from the supertype's source when it is in this file; from the project index (which keeps
     * annotation names, not their attributes) otherwise, taken then as the default propagation.
     */
    private Optional<String> inherited(MethodDeclaration method, String ownerName) {
        List<String> supertypes = supertypesOf(ownerName);
        for (String supertype : supertypes) {
            Optional<Boolean> onMethod = overriddenAnnotated(supertype, method);
            if (onMethod.isPresent()) {
                return onMethod.get() ? Optional.of("in `" + method.getNameAsString() + "`, declared `@Transactional` in `"
                        + simpleName(supertype) + "`") : Optional.empty();
            }
        }
        for (String supertype : supertypes) {
            Optional<Boolean> onType = typeAnnotated(supertype);
            if (onType.isPresent()) {
                return onType.get() ? Optional.of("in `" + method.getNameAsString() + "`, inheriting `@Transactional` from `"
                        + simpleName(supertype) + "`") : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Present when the supertype's overridden method is annotated: whether it joins a transaction. */
    private Optional<Boolean> overriddenAnnotated(String supertype, MethodDeclaration method) {
        Optional<TypeDeclaration<?>> inFile = declarationInThisFile(supertype);
        if (inFile.isPresent()) {
            return inFile.get().getMethodsByName(method.getNameAsString()).stream()
                    .filter(m -> m.getParameters().size() == method.getParameters().size())
                    .map(m -> Annotations.find(m, TRANSACTIONAL, types))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(this::joins);
        }
        Optional<TypeInfo> info = index.type(supertype);
        boolean annotated = info.isPresent() && info.get().methods().getOrDefault(method.getNameAsString(), List.of()).stream()
                .filter(m -> m.accepts(method.getParameters().size()))
                .flatMap(m -> m.annotations().stream())
                .anyMatch(a -> isTransactionalName(a, info.get()));
        return annotated ? Optional.of(true) : Optional.empty();
    }

    private Optional<Boolean> typeAnnotated(String supertype) {
        Optional<TypeDeclaration<?>> inFile = declarationInThisFile(supertype);
        if (inFile.isPresent()) {
            return Annotations.find(inFile.get(), TRANSACTIONAL, types).map(this::joins);
        }
        boolean annotated = index.hasAnnotation(supertype, SPRING_TRANSACTIONAL)
                || (usesSpring() && TRANSACTIONAL.stream().anyMatch(a -> index.hasAnnotation(supertype, a)));
        return annotated ? Optional.of(true) : Optional.empty();
    }

    /** An annotation name read from the index: its attributes are unknown, so its propagation is taken as the default. */
    private boolean isTransactionalName(String written, TypeInfo owner) {
        return index.resolveName(written, owner.scope(), owner.qualifiedName())
                .filter(TRANSACTIONAL::contains)
                .filter(name -> name.equals(SPRING_TRANSACTIONAL) || usesSpring())
                .isPresent();
    }

    /**
     * Whether the annotated method joins or opens a transaction that a pooled connection would not
     * share. JTA's annotation outside a Spring application means a Jakarta EE container, where
     * container-managed data sources and entity managers enlist in that same transaction.
     */
    private boolean joins(AnnotationExpr transactional) {
        boolean spring = Annotations.isOneOf(transactional, Set.of(SPRING_TRANSACTIONAL), types);
        if (!spring && !usesSpring()) {
            return false;
        }
        // Spring names it `propagation`; JTA's TxType is the annotation's value.
        String attribute = spring ? "propagation" : "value";
        Optional<String> propagation = Annotations.enumConstant(transactional, attribute);
        return propagation.map(JOINING_PROPAGATIONS::contains).orElse(true);
    }

    private boolean usesSpring() {
        return types.unit().getImports().stream().anyMatch(i -> i.getNameAsString().startsWith(SPRING_PACKAGE));
    }

    private List<String> supertypesOf(String typeName) {
        List<String> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Queue<String> queue = new ArrayDeque<>(List.of(typeName));
        while (!queue.isEmpty()) {
            for (TypeRef s : index.supertypes(queue.remove())) {
                if (s.resolved() && seen.add(s.name())) {
                    all.add(s.name());
                    queue.add(s.name());
                }
            }
        }
        return all;
    }

    private Optional<TypeDeclaration<?>> declarationInThisFile(String qualifiedName) {
        for (TypeDeclaration<?> type : types.unit().findAll(TypeDeclaration.class)) {
            if (type.getFullyQualifiedName().filter(qualifiedName::equals).isPresent()) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
