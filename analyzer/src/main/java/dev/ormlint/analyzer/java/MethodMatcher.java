package dev.ormlint.analyzer.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Matches calls by signature string, the one format shared by rules, the rewriter and the Error
 * Prone adapter: {@code org.hibernate.Session#createCriteria(java.lang.Class)}, {@code (..)} for any
 * arguments, {@code Owner#a|b(..)} for several names. Instance matchers accept receivers of the owner
 * type or a subtype; static matchers accept {@code Owner.m()} and statically imported {@code m()}.
 * An unresolvable receiver never matches: rules stay silent when unsure.
 */
public final class MethodMatcher {

    private final String owner;
    private final Set<String> names;
    private final int argumentCount;
    private final boolean isStatic;

    private MethodMatcher(String signature, boolean isStatic) {
        int hash = signature.indexOf('#');
        int open = signature.indexOf('(', hash);
        if (hash < 0 || open < 0 || !signature.endsWith(")")) {
            throw new IllegalArgumentException("bad signature '" + signature + "', expected Owner#name(Args)");
        }
        this.owner = signature.substring(0, hash);
        this.names = Set.of(signature.substring(hash + 1, open).split("\\|"));
        String args = signature.substring(open + 1, signature.length() - 1).strip();
        this.argumentCount = args.equals("..") ? -1 : args.isEmpty() ? 0 : args.split(",").length;
        this.isStatic = isStatic;
    }

    public static MethodMatcher instanceMethod(String signature) {
        return new MethodMatcher(signature, false);
    }

    public static MethodMatcher staticMethod(String signature) {
        return new MethodMatcher(signature, true);
    }

    public static boolean anyMatches(List<MethodMatcher> matchers, MethodCallExpr call, TypeFacts types) {
        return matchers.stream().anyMatch(m -> m.matches(call, types));
    }

    public String owner() {
        return owner;
    }

    public boolean matches(MethodCallExpr call, TypeFacts types) {
        if (!names.contains(call.getNameAsString())
                || (argumentCount >= 0 && call.getArguments().size() != argumentCount)) {
            return false;
        }
        return isStatic ? staticReceiverMatches(call, types) : types.isSubtype(receiverType(call, types), owner);
    }

    /**
     * Whether a bound instance method reference such as {@code repository::save} names this method.
     * Its argument count is unknown, so only the name and the receiver type are checked.
     */
    public boolean matches(MethodReferenceExpr reference, TypeFacts types) {
        return !isStatic && names.contains(reference.getIdentifier())
                && types.isSubtype(types.receiverType(reference), owner);
    }

    /**
     * Whether a call of {@code name} with {@code argumentCount} arguments on a receiver of static type
     * {@code receiver} invokes this instance method; for code known only through the index.
     */
    public boolean matches(TypeRef receiver, String name, int argumentCount, ProjectIndex index) {
        return !isStatic && names.contains(name) && (this.argumentCount < 0 || this.argumentCount == argumentCount)
                && index.isSubtype(receiver, owner);
    }

    /** Whether a call of {@code name} on the type {@code qualifiedType} (qualified) invokes this static method. */
    public boolean matchesStatic(String qualifiedType, String name, int argumentCount) {
        return isStatic && names.contains(name) && owner.equals(qualifiedType)
                && (this.argumentCount < 0 || this.argumentCount == argumentCount);
    }

    private Optional<TypeRef> receiverType(MethodCallExpr call, TypeFacts types) {
        return call.getScope().isPresent()
                ? types.typeOf(call.getScope().get())
                : types.enclosingTypeName(call).map(TypeRef::of);
    }

    private boolean staticReceiverMatches(MethodCallExpr call, TypeFacts types) {
        if (call.getScope().isEmpty()) {
            String imported = types.scope().staticImports().get(call.getNameAsString());
            return (owner + "." + call.getNameAsString()).equals(imported)
                    || types.scope().staticWildcardImports().contains(owner);
        }
        Expression scope = call.getScope().get();
        if (!(scope.isNameExpr() || scope.isFieldAccessExpr())) {
            return false;
        }
        return types.refersTo(scope.toString(), call, owner);
    }
}
