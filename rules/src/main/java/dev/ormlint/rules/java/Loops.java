package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loops as the rules see them: {@code for}, enhanced {@code for}, {@code while}, {@code do}, and
 * {@code forEach} with a lambda or method reference on an {@code Iterable}, {@code Map} or stream.
 * Also tells a loop that runs a handful of times (over {@code List.of(a, b)}, an array initializer,
 * {@code SomeEnum.values()}, {@code i < 3}) from one whose trip count depends on data.
 */
public final class Loops {

    /** At most this many elements make a literal collection a fixed, small loop rather than a bulk one. */
    static final int SMALL_LITERAL = 3;

    private static final int MAX_DEPTH = 4;
    private static final Set<String> FOR_EACH_NAMES = Set.of("forEach", "forEachOrdered");
    private static final List<String> ITERATED_TYPES = List.of(
            "java.lang.Iterable", "java.util.Map", "java.util.stream.Stream",
            "java.util.stream.IntStream", "java.util.stream.LongStream");
    private static final List<MethodMatcher> LITERAL_COLLECTIONS = List.of(
            MethodMatcher.staticMethod("java.util.List#of(..)"),
            MethodMatcher.staticMethod("java.util.Set#of(..)"),
            MethodMatcher.staticMethod("java.util.EnumSet#of(..)"),
            MethodMatcher.staticMethod("java.util.stream.Stream#of(..)"),
            MethodMatcher.staticMethod("java.util.Arrays#asList(..)"),
            MethodMatcher.staticMethod("java.util.Collections#singletonList|singleton(..)"));
    private static final MethodMatcher ALL_OF_ENUM = MethodMatcher.staticMethod("java.util.EnumSet#allOf(..)");

    private Loops() {
    }

    /**
     * One loop.
     *
     * @param node     the loop statement, or the {@code forEach} call
     * @param body     what runs once per element: the statement body, lambda or method reference
     * @param iterable what an enhanced {@code for} or {@code forEach} iterates over
     * @param variable the element variable of an enhanced {@code for} or a one-parameter lambda
     */
    public record Loop(Node node, Node body, Optional<Expression> iterable, Optional<String> variable) {
    }

    /** {@code node} as a loop, if it is one. */
    public static Optional<Loop> asLoop(Node node, TypeFacts types) {
        if (node instanceof ForStmt loop) {
            return Optional.of(new Loop(loop, loop.getBody(), Optional.empty(), Optional.empty()));
        }
        if (node instanceof ForEachStmt loop) {
            return Optional.of(new Loop(loop, loop.getBody(), Optional.of(loop.getIterable()),
                    Optional.of(loop.getVariableDeclarator().getNameAsString())));
        }
        if (node instanceof WhileStmt loop) {
            return Optional.of(new Loop(loop, loop.getBody(), Optional.empty(), Optional.empty()));
        }
        if (node instanceof DoStmt loop) {
            return Optional.of(new Loop(loop, loop.getBody(), Optional.empty(), Optional.empty()));
        }
        if (node instanceof MethodCallExpr call && isForEach(call, types)) {
            Expression action = call.getArgument(0);
            Optional<String> variable = action instanceof LambdaExpr lambda && lambda.getParameters().size() == 1
                    ? Optional.of(lambda.getParameter(0).getNameAsString())
                    : Optional.empty();
            return Optional.of(new Loop(call, action, call.getScope(), variable));
        }
        return Optional.empty();
    }

    /**
     * The loops whose body contains {@code node}, innermost first, up to the enclosing method. Lambdas
     * in between do not stop the search: {@code optional.ifPresent(x -> ...)} inside a loop runs per
     * iteration too.
     */
    public static List<Loop> enclosing(Node node, TypeFacts types) {
        List<Loop> loops = new ArrayList<>();
        Node child = node;
        for (Node parent = node.getParentNode().orElse(null); parent != null && !isScopeBoundary(parent);
             child = parent, parent = parent.getParentNode().orElse(null)) {
            Optional<Loop> loop = asLoop(parent, types);
            if (loop.isPresent() && loop.get().body() == child) {
                loops.add(loop.get());
            }
        }
        return loops;
    }

    /**
     * Whether the code that runs {@code node} leaves {@code loop} right after it ({@code return},
     * {@code throw}, or a {@code break} out of the loop later in the same block), so that {@code node}
     * runs at most once per execution of the loop: a search that saves what it found.
     */
    public static boolean leavesAfter(Node node, Loop loop) {
        List<Node> path = new ArrayList<>();
        for (Node n = node; n != null && n != loop.body(); n = n.getParentNode().orElse(null)) {
            path.add(n);
        }
        path.add(loop.body());
        for (int i = 0; i + 1 < path.size(); i++) {
            List<Node> above = path.subList(i + 1, path.size());
            if (path.get(i + 1) instanceof BlockStmt block && above.stream().noneMatch(n -> n instanceof LambdaExpr)) {
                Optional<Boolean> jump = jumpAfter(block, path.get(i), loop, above);
                if (jump.isPresent()) {
                    return jump.get();
                }
            }
        }
        return false;
    }

    /**
     * The first jump after {@code child} in {@code block}: whether it leaves the loop, or empty when
     * the block has none and control falls through to the enclosing statement. A jump elsewhere (a
     * {@code continue}, a {@code break} out of a switch, an inner loop or a labeled block inside the
     * loop) means the loop goes on. {@code above} is the path from the block up to the loop body.
     */
    private static Optional<Boolean> jumpAfter(BlockStmt block, Node child, Loop loop, List<Node> above) {
        boolean after = false;
        for (Statement statement : block.getStatements()) {
            if (after && (statement instanceof ReturnStmt || statement instanceof ThrowStmt)) {
                return Optional.of(true);
            }
            if (after && statement instanceof ContinueStmt) {
                return Optional.of(false);
            }
            if (after && statement instanceof BreakStmt exit) {
                return Optional.of(exit.getLabel().isPresent()
                        ? labelsAround(exit.getLabel().get().asString(), loop)
                        : above.stream().noneMatch(n -> n instanceof SwitchEntry || n instanceof ForStmt
                                || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt));
            }
            after |= statement == child;
        }
        return Optional.empty();
    }

    /** Whether the label names the loop or a statement around it. */
    private static boolean labelsAround(String label, Loop loop) {
        for (Node n = loop.node().getParentNode().orElse(null); n != null && !isScopeBoundary(n);
             n = n.getParentNode().orElse(null)) {
            if (n instanceof LabeledStmt labeled && labeled.getLabel().asString().equals(label)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the loop runs a fixed, small number of times, whatever the data. */
    public static boolean isBounded(Loop loop, TypeFacts types) {
        if (loop.node() instanceof ForStmt forStmt) {
            return forStmt.getCompare().map(Loops::comparesWithSmallLiteral).orElse(false);
        }
        return loop.iterable().map(source -> isSmallSource(source, types, 0)).orElse(false);
    }

    private static boolean isForEach(MethodCallExpr call, TypeFacts types) {
        if (!FOR_EACH_NAMES.contains(call.getNameAsString()) || call.getArguments().size() != 1
                || call.getScope().isEmpty()) {
            return false;
        }
        Expression action = call.getArgument(0);
        if (!(action instanceof LambdaExpr || action instanceof MethodReferenceExpr)) {
            return false;
        }
        Optional<TypeRef> receiver = types.typeOf(call.getScope().get());
        return ITERATED_TYPES.stream().anyMatch(t -> types.isSubtype(receiver, t));
    }

    private static boolean isScopeBoundary(Node node) {
        return node instanceof CallableDeclaration<?> || node instanceof InitializerDeclaration
                || node instanceof TypeDeclaration<?>;
    }

    private static boolean comparesWithSmallLiteral(Expression compare) {
        if (!(compare instanceof BinaryExpr binary) || !(binary.getRight() instanceof IntegerLiteralExpr limit)) {
            return false;
        }
        int bound = limit.asNumber().intValue();
        return switch (binary.getOperator()) {
            case LESS -> bound <= SMALL_LITERAL;
            case LESS_EQUALS -> bound < SMALL_LITERAL;
            default -> false;
        };
    }

    /** {@code depth} counts the variables followed, so that {@code x = x} cannot loop. */
    private static boolean isSmallSource(Expression source, TypeFacts types, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (source instanceof NameExpr name) {
            return Locals.allValuesMatch(name, v -> isSmallSource(v, types, depth + 1));
        }
        if (source instanceof ArrayCreationExpr creation) {
            return creation.getInitializer().map(Loops::isSmallInitializer).orElse(false);
        }
        if (source instanceof ArrayInitializerExpr initializer) {
            return isSmallInitializer(initializer);
        }
        if (!(source instanceof MethodCallExpr call)) {
            return false;
        }
        if (call.getNameAsString().equals("stream") && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            return isSmallSource(call.getScope().get(), types, depth);
        }
        if (MethodMatcher.anyMatches(LITERAL_COLLECTIONS, call, types)) {
            return isSmallArgumentList(call, types);
        }
        return ALL_OF_ENUM.matches(call, types) || isEnumValues(call, types);
    }

    /**
     * {@code List.of(..)}, {@code Set.of(..)}, {@code Arrays.asList(..)} and the like with the elements
     * written out, however many: as many as the code lists. Not a single argument that may be an
     * array spread over the varargs.
     */
    static boolean isLiteralCollection(MethodCallExpr call, TypeFacts types) {
        return MethodMatcher.anyMatches(LITERAL_COLLECTIONS, call, types) && (call.getArguments().size() != 1
                || types.typeOf(call.getArgument(0)).map(t -> !t.isArray()).orElse(false));
    }

    private static boolean isSmallInitializer(ArrayInitializerExpr initializer) {
        return initializer.getValues().size() <= SMALL_LITERAL;
    }

    /** A single argument may be an array spread over the varargs: small only if known not to be one. */
    private static boolean isSmallArgumentList(MethodCallExpr call, TypeFacts types) {
        if (call.getArguments().size() == 1) {
            return types.typeOf(call.getArgument(0)).map(t -> !t.isArray()).orElse(false);
        }
        return call.getArguments().size() <= SMALL_LITERAL;
    }

    /** {@code Type.values()} on an enum of the project, or on a library type (only enums have a static {@code values()}). */
    private static boolean isEnumValues(MethodCallExpr call, TypeFacts types) {
        if (!call.getNameAsString().equals("values") || !call.getArguments().isEmpty() || call.getScope().isEmpty()) {
            return false;
        }
        Expression scope = call.getScope().get();
        if (!(scope.isNameExpr() || scope.isFieldAccessExpr()) || types.typeOf(scope).isPresent()) {
            return false;
        }
        return types.resolveName(scope.toString(), call)
                .map(name -> types.index().type(name).map(t -> t.kind() == TypeInfo.Kind.ENUM).orElse(true))
                .orElse(false);
    }
}
