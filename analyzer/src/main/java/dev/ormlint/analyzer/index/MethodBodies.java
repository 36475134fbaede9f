package dev.ormlint.analyzer.index;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.ormlint.analyzer.index.MethodBody.CallSite;
import dev.ormlint.analyzer.index.MethodBody.ParameterFlow;
import dev.ormlint.analyzer.index.MethodBody.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records a method body for the index ({@link MethodBody}): no types are resolved here, so that it
 * runs in the index pass, file by file, before the project is known.
 */
final class MethodBodies {

    /** Calls that walk a collection: a lambda or reference handed to them sees each element. */
    private static final Set<String> PER_ELEMENT = Set.of("forEach", "forEachOrdered", "map", "peek", "filter");
    /** Steps after which a stream or list still holds some of the same elements: rows stay rows. */
    private static final Set<String> SAME_ELEMENTS = Set.of("stream", "filter", "sorted", "distinct", "limit", "skip",
            "peek", "toList");
    private static final Set<String> EMPTY_COLLECTIONS = Set.of("of", "emptyList", "emptySet", "emptyMap", "empty");
    private static final Set<String> LIST_COLLECTORS = Set.of("toList", "toSet", "toUnmodifiableList",
            "toUnmodifiableSet");

    private MethodBodies() {
    }

    static MethodBody of(MethodDeclaration method) {
        Optional<BlockStmt> body = method.getBody();
        if (body.isEmpty()) {
            return MethodBody.NONE;
        }
        List<String> parameters = parameterNames(method);
        Map<String, TypeRef> locals = new HashMap<>();
        for (VariableDeclarator variable : body.get().findAll(VariableDeclarator.class)) {
            if (!variable.getType().isVarType() && !variable.getType().asString().equals("var")) {
                locals.putIfAbsent(variable.getNameAsString(), WrittenTypes.of(variable.getType()));
            }
        }
        Map<String, Integer> elementsOf = elementVariables(body.get(), parameters);
        List<CallSite> calls = new ArrayList<>();
        for (MethodCallExpr call : body.get().findAll(MethodCallExpr.class)) {
            Optional<List<Step>> receiver = call.getScope().isEmpty() ? Optional.of(List.of())
                    : path(call.getScope().get());
            receiver.ifPresent(r -> calls.add(new CallSite(r, call.getNameAsString(), call.getArguments().size(),
                    flows(call.getArguments(), parameters, elementsOf),
                    isReturned(call))));
        }
        for (MethodReferenceExpr reference : body.get().findAll(MethodReferenceExpr.class)) {
            Optional<List<Step>> receiver = reference.getScope() instanceof TypeExpr type
                    ? Optional.of(List.of(new Step(type.getType().asString(), -1)))
                    : path(reference.getScope());
            Map<Integer, ParameterFlow> flows = walkedParameter(reference, parameters)
                    .map(p -> Map.of(0, new ParameterFlow(p, true)))
                    .orElse(Map.of());
            receiver.ifPresent(r -> calls.add(new CallSite(r, reference.getIdentifier(), 1, flows, false)));
        }
        // Only a body that calls something can return rows; counted so, a body the skeleton left out agrees.
        int returns = calls.isEmpty() ? 0 : body.get().findAll(ReturnStmt.class, r -> r.getExpression()
                .filter(value -> !isNothing(value)).isPresent() && r.findAncestor(LambdaExpr.class).isEmpty()).size();
        return new MethodBody(parameters, locals, calls, returns);
    }

    private static List<String> parameterNames(MethodDeclaration method) {
        return method.getParameters().stream().map(Parameter::getNameAsString).toList();
    }

    /**
     * Variables that take each element of a parameter in turn: {@code for (T e : items)} and
     * {@code items.forEach(e -> ...)} make {@code e} an element of {@code items}.
     */
    private static Map<String, Integer> elementVariables(BlockStmt body, List<String> parameters) {
        Map<String, Integer> elements = new HashMap<>();
        for (ForEachStmt loop : body.findAll(ForEachStmt.class)) {
            parameterNamed(loop.getIterable(), parameters)
                    .ifPresent(p -> elements.put(loop.getVariableDeclarator().getNameAsString(), p));
        }
        for (LambdaExpr lambda : body.findAll(LambdaExpr.class)) {
            if (lambda.getParameters().size() == 1) {
                walkedParameter(lambda, parameters)
                        .ifPresent(p -> elements.put(lambda.getParameter(0).getNameAsString(), p));
            }
        }
        return elements;
    }

    /** The parameter whose elements {@code action} receives, as the argument of {@code items.forEach(action)} or {@code items.stream().map(action)}. */
    private static Optional<Integer> walkedParameter(Node action, List<String> parameters) {
        if (!(action.getParentNode().orElse(null) instanceof MethodCallExpr call)
                || !PER_ELEMENT.contains(call.getNameAsString()) || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression source = call.getScope().get();
        while (source instanceof MethodCallExpr inner && inner.getScope().isPresent()
                && (inner.getNameAsString().equals("stream") || PER_ELEMENT.contains(inner.getNameAsString()))) {
            source = inner.getScope().get();
        }
        return parameterNamed(source, parameters);
    }

    private static Optional<Integer> parameterNamed(Expression expression, List<String> parameters) {
        if (expression instanceof NameExpr name) {
            int index = parameters.indexOf(name.getNameAsString());
            return index < 0 ? Optional.empty() : Optional.of(index);
        }
        return Optional.empty();
    }

    /** {@code null} or an empty collection ({@code List.of()}, {@code Collections.emptyList()}, {@code new ArrayList<>()}): no rows, none other. */
    private static boolean isNothing(Expression value) {
        if (value.isNullLiteralExpr()) {
            return true;
        }
        if (value instanceof MethodCallExpr call) {
            return call.getArguments().isEmpty() && EMPTY_COLLECTIONS.contains(call.getNameAsString());
        }
        return value instanceof ObjectCreationExpr creation && creation.getArguments().isEmpty()
                && creation.getAnonymousClassBody().isEmpty();
    }

    /**
     * Whether the method returns the call's value, or the same elements after stream steps that
     * only drop or reorder them ({@code return query.getResultList().stream().filter(..).toList()}).
     */
    private static boolean isReturned(MethodCallExpr call) {
        Node value = call;
        while (value.getParentNode().orElse(null) instanceof MethodCallExpr next
                && next.getScope().orElse(null) == value && keepsElements(next)) {
            value = next;
        }
        return value.getParentNode().filter(p -> p instanceof ReturnStmt ret && ret.findAncestor(LambdaExpr.class)
                .filter(lambda -> lambda.findAncestor(MethodDeclaration.class).isPresent()).isEmpty()).isPresent();
    }

    private static boolean keepsElements(MethodCallExpr step) {
        return SAME_ELEMENTS.contains(step.getNameAsString())
                || step.getNameAsString().equals("collect") && step.getArguments().size() == 1
                && step.getArgument(0) instanceof MethodCallExpr collector
                && LIST_COLLECTORS.contains(collector.getNameAsString());
    }

    private static Map<Integer, ParameterFlow> flows(List<Expression> arguments, List<String> parameters,
                                                     Map<String, Integer> elementsOf) {
        Map<Integer, ParameterFlow> flows = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            Expression argument = unwrapped(arguments.get(i));
            if (argument instanceof NameExpr name) {
                int parameter = parameters.indexOf(name.getNameAsString());
                if (parameter >= 0) {
                    flows.put(i, new ParameterFlow(parameter, false));
                } else if (elementsOf.containsKey(name.getNameAsString())) {
                    flows.put(i, new ParameterFlow(elementsOf.get(name.getNameAsString()), true));
                }
            }
        }
        return flows.isEmpty() ? Map.of() : flows;
    }

    private static Expression unwrapped(Expression expression) {
        Expression e = expression;
        while (e instanceof CastExpr || e instanceof EnclosedExpr) {
            e = e instanceof CastExpr cast ? cast.getExpression() : ((EnclosedExpr) e).getInner();
        }
        return e;
    }

    /** The receiver as steps, or empty when it is not a chain of names and calls ({@code new X().f()}, {@code a[i].f()}). */
    private static Optional<List<Step>> path(Expression receiver) {
        List<Step> steps = new ArrayList<>();
        Expression e = unwrapped(receiver);
        while (true) {
            if (e instanceof NameExpr name) {
                steps.add(new Step(name.getNameAsString(), -1));
                break;
            } else if (e instanceof ThisExpr) {
                steps.add(new Step("this", -1));
                break;
            } else if (e instanceof SuperExpr) {
                steps.add(new Step("super", -1));
                break;
            } else if (e instanceof FieldAccessExpr access) {
                steps.add(new Step(access.getNameAsString(), -1));
                e = unwrapped(access.getScope());
            } else if (e instanceof MethodCallExpr call) {
                steps.add(new Step(call.getNameAsString(), call.getArguments().size()));
                if (call.getScope().isEmpty()) {
                    break;
                }
                e = unwrapped(call.getScope().get());
            } else {
                return Optional.empty();
            }
        }
        Collections.reverse(steps);
        return Optional.of(steps);
    }
}
