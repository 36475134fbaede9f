package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.Type;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.ResolvedMethod;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's own Criteria API, read from its source: a DAO base class's helper that creates a
 * Criteria on its session ({@code createCriteria(context, X.class)} returning
 * {@code getHibernateSession(context).createCriteria(type)}), and helpers that finish one
 * ({@code list(criteria)}, {@code uniqueResult(criteria)}, a first-row {@code singleResult(criteria)},
 * {@code count(criteria)}). A caller's query is then migrated whole, its helper calls included; a
 * helper whose body is any other shape is not one.
 */
final class DaoHelpers {

    private static final int MAX_DEPTH = 3;

    /**
     * {@code Criteria createCriteria(Context context, Class<T> type[, String alias])} whose body is
     * {@code return <session>.createCriteria(type[, alias]);}.
     *
     * @param session    the session expression in the helper, in terms of its parameters
     * @param facts      the helper file's type facts, for the session's type
     * @param parameters the helper's parameter names
     * @param entity     index of the {@code Class} parameter; {@code alias} that of the alias, or -1
     */
    record Creation(Expression session, TypeFacts facts, List<String> parameters, int entity, int alias) {

        /** The caller's arguments for the entity class and, where the helper takes one, the root alias. */
        List<Expression> entityAndAlias(MethodCallExpr call) {
            return alias < 0 ? List.of(call.getArgument(entity)) : List.of(call.getArgument(entity), call.getArgument(alias));
        }

        /** The session as the caller writes it: the helper's session expression with the caller's arguments. */
        SessionRef sessionAt(MethodCallExpr call, SourceText source) {
            Expression rewritten = session.clone();
            Map<String, String> arguments = new HashMap<>();
            for (int i = 0; i < parameters.size(); i++) {
                arguments.put(parameters.get(i), source.of(call.getArgument(i)));
            }
            rewritten.findAll(NameExpr.class).forEach(name -> {
                String argument = arguments.get(name.getNameAsString());
                if (argument != null) {
                    name.replace(new NameExpr(argument));
                }
            });
            boolean reusable = SessionAccess.reusable(rewritten);
            return new SessionRef(rewritten.toString(), facts.typeOf(session), reusable);
        }
    }

    private final ProjectIndex index;
    private final ProjectSources.Parsing sources;

    DaoHelpers(ProjectIndex index, ProjectSources.Parsing sources) {
        this.index = index;
        this.sources = sources;
    }

    /** The creation helper {@code call} invokes, if it is one. */
    Optional<Creation> creation(MethodCallExpr call, TypeFacts facts) {
        return declaration(call, facts).flatMap(found -> creation(found.method(), found.facts()));
    }

    /** Whether {@code method} is itself a creation helper: its Criteria is each caller's query. */
    Optional<Creation> creation(MethodDeclaration method, TypeFacts facts) {
        if (!isCriteria(method.getType(), facts) || method.getBody().isEmpty() || method.getBody().get().getStatements().size() != 1
                || !(method.getBody().get().getStatement(0) instanceof ReturnStmt ret)
                || !(ret.getExpression().orElse(null) instanceof MethodCallExpr create)
                || !create.getNameAsString().equals("createCriteria") || create.getScope().isEmpty()
                || create.getArguments().isEmpty() || create.getArguments().size() > 2) {
            return Optional.empty();
        }
        List<String> names = method.getParameters().stream().map(Parameter::getNameAsString).toList();
        int entity = parameterIndex(create.getArgument(0), names);
        int alias = create.getArguments().size() == 2 ? parameterIndex(create.getArgument(1), names) : -1;
        if (entity < 0 || create.getArguments().size() == 2 && alias < 0
                || !method.getParameter(entity).getType().asString().startsWith("Class")) {
            return Optional.empty();
        }
        return Optional.of(new Creation(create.getScope().get(), facts, names, entity, alias));
    }

    /** Whether {@code method} is a finishing helper: legacy code its callers no longer need once migrated. */
    boolean finishes(MethodDeclaration method, TypeFacts facts) {
        return read(method, facts, 0).isPresent();
    }

    /** How the finishing helper {@code call} runs the Criteria it is given, if it is one. */
    Optional<Finisher> finisher(MethodCallExpr call, TypeFacts facts) {
        return finisher(call, facts, 0);
    }

    private Optional<Finisher> finisher(MethodCallExpr call, TypeFacts facts, int depth) {
        if (depth > MAX_DEPTH || call.getArguments().size() != 1) {
            return Optional.empty();
        }
        return declaration(call, facts).flatMap(found -> read(found.method(), found.facts(), depth));
    }

    private record Found(MethodDeclaration method, TypeFacts facts) {
    }

    /** The source declaration of the project method {@code call} invokes. */
    private Optional<Found> declaration(MethodCallExpr call, TypeFacts facts) {
        if (call.getScope().isPresent() && !call.getScope().get().isThisExpr()
                && !call.getScope().get().isSuperExpr()) {
            return Optional.empty();
        }
        Optional<ResolvedMethod> resolved = facts.returnType(call);
        if (resolved.isEmpty() || !index.isDeclaredInSources(resolved.get().owner().qualifiedName())) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> owner = sources.declaration(resolved.get().owner());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        TypeFacts ownerFacts = new TypeFacts(owner.get().findCompilationUnit().orElseThrow(), index);
        List<TypeRef> parameters = resolved.get().method().parameterTypes();
        return owner.get().getMethodsByName(call.getNameAsString()).stream()
                .filter(m -> m.getParameters().size() == parameters.size() && sameParameters(m, parameters))
                .findFirst().map(m -> new Found(m, ownerFacts));
    }

    private static boolean sameParameters(MethodDeclaration method, List<TypeRef> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            String written = method.getParameter(i).getType().asString();
            String simple = written.contains("<") ? written.substring(0, written.indexOf('<')) : written;
            if (!TypeNames.simple(parameters.get(i).name()).equals(TypeNames.simple(simple))) {
                return false;
            }
        }
        return true;
    }

    /** Reads a helper {@code R name(Criteria c)} into how it runs {@code c}, or empty for any other body. */
    private Optional<Finisher> read(MethodDeclaration method, TypeFacts facts, int depth) {
        if (method.getParameters().size() != 1 || !isCriteria(method.getParameter(0).getType(), facts)
                || method.getBody().isEmpty()) {
            return Optional.empty();
        }
        String criteria = method.getParameter(0).getNameAsString();
        NodeList<Statement> body = method.getBody().get().getStatements();
        Optional<Expression> returned = returnedValue(body);
        if (returned.isPresent()) {
            return runOf(returned.get(), criteria, facts, depth);
        }
        return firstRow(body, criteria, facts, depth);
    }

    /** {@code return e;}, or {@code T r = e; return r;}. */
    private static Optional<Expression> returnedValue(NodeList<Statement> body) {
        if (body.size() == 1 && body.get(0) instanceof ReturnStmt ret) {
            return ret.getExpression();
        }
        if (body.size() == 2 && local(body.get(0)).isPresent() && body.get(1) instanceof ReturnStmt ret
                && ret.getExpression().filter(e -> e.isNameExpr()
                && e.asNameExpr().getNameAsString().equals(local(body.get(0)).get().getVariable(0).getNameAsString()))
                .isPresent()) {
            return local(body.get(0)).get().getVariable(0).getInitializer();
        }
        return Optional.empty();
    }

    private static Optional<VariableDeclarationExpr> local(Statement statement) {
        return statement instanceof ExpressionStmt e && e.getExpression() instanceof VariableDeclarationExpr declaration
                && declaration.getVariables().size() == 1 && declaration.getVariable(0).getInitializer().isPresent()
                ? Optional.of(declaration) : Optional.empty();
    }

    /** {@code c.list()}, {@code c.uniqueResult()}, {@code ((Long) c.setProjection(rowCount()).uniqueResult()).intValue()}. */
    private Optional<Finisher> runOf(Expression value, String criteria, TypeFacts facts, int depth) {
        Expression e = uncast(value);
        String after = "";
        if (e instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && (call.getNameAsString().equals("intValue") || call.getNameAsString().equals("longValue"))
                && call.getScope().isPresent()) {
            after = "." + call.getNameAsString() + "()";
            e = uncast(call.getScope().get());
        }
        if (!(e instanceof MethodCallExpr call) || !call.getArguments().isEmpty() || call.getScope().isEmpty()) {
            return e instanceof MethodCallExpr helper && after.isEmpty() && passes(helper, criteria)
                    ? finisher(helper, facts, depth + 1) : Optional.empty();
        }
        Expression scope = call.getScope().get();
        if (isName(scope, criteria)) {
            return after.isEmpty() && (call.getNameAsString().equals("list") || call.getNameAsString().equals("uniqueResult"))
                    ? Optional.of(Finisher.direct(call.getNameAsString())) : Optional.empty();
        }
        if (call.getNameAsString().equals("uniqueResult") && scope instanceof MethodCallExpr project
                && project.getNameAsString().equals("setProjection") && project.getArguments().size() == 1
                && project.getScope().filter(s -> isName(s, criteria)).isPresent()
                && project.getArgument(0) instanceof MethodCallExpr rowCount && rowCount.getNameAsString().equals("rowCount")
                && new LegacyApi(facts).isStaticOf(rowCount, LegacyApi.PROJECTIONS)) {
            return Optional.of(Finisher.count(after));
        }
        return Optional.empty();
    }

    /**
     * {@code c.setMaxResults(1); List<T> l = list(c); if (notEmpty(l)) { return l.get(0); } else { return null; }}
     * (or {@code c.list()}, the test inverted, or the {@code else} as a following {@code return null;}).
     */
    private Optional<Finisher> firstRow(NodeList<Statement> body, String criteria, TypeFacts facts, int depth) {
        if (body.size() < 3 || body.size() > 4 || !isCall(body.get(0), criteria, "setMaxResults", "1")
                || local(body.get(1)).isEmpty()) {
            return Optional.empty();
        }
        VariableDeclarationExpr rows = local(body.get(1)).get();
        String name = rows.getVariable(0).getNameAsString();
        Optional<Finisher> listed = runOf(rows.getVariable(0).getInitializer().get(), criteria, facts, depth);
        if (listed.filter(Finisher::returnsRows).isEmpty() || !(body.get(2) instanceof IfStmt test)) {
            return Optional.empty();
        }
        Optional<Statement> otherwise = body.size() == 4 ? Optional.of(body.get(3)) : test.getElseStmt();
        if (body.size() == 4 && test.getElseStmt().isPresent() || otherwise.isEmpty()) {
            return Optional.empty();
        }
        Optional<Boolean> nonEmpty = emptinessTest(test.getCondition(), name);
        if (nonEmpty.isEmpty()) {
            return Optional.empty();
        }
        Statement whenRows = nonEmpty.get() ? test.getThenStmt() : otherwise.get();
        Statement whenNone = nonEmpty.get() ? otherwise.get() : test.getThenStmt();
        boolean first = returns(whenRows).filter(e -> e instanceof MethodCallExpr get && get.getNameAsString().equals("get")
                && get.getArguments().size() == 1 && get.getArgument(0).toString().equals("0")
                && get.getScope().filter(s -> isName(s, name)).isPresent()).isPresent();
        boolean none = returns(whenNone).filter(Expression::isNullLiteralExpr).isPresent();
        return first && none ? Optional.of(Finisher.FIRST) : Optional.empty();
    }

    /** true when {@code condition} holds for a non-empty {@code list}, false when for an empty one. */
    private static Optional<Boolean> emptinessTest(Expression condition, String list) {
        Expression c = condition;
        boolean negated = false;
        if (c instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            negated = true;
            c = not.getExpression();
        }
        Optional<Boolean> nonEmpty = Optional.empty();
        if (c instanceof MethodCallExpr call && call.getArguments().size() == 1 && isName(call.getArgument(0), list)
                && call.getScope().filter(s -> s.toString().equals("CollectionUtils")).isPresent()) {
            nonEmpty = switch (call.getNameAsString()) {
                case "isNotEmpty" -> Optional.of(true);
                case "isEmpty" -> Optional.of(false);
                default -> Optional.empty();
            };
        } else if (c instanceof MethodCallExpr call && call.getNameAsString().equals("isEmpty") && call.getArguments().isEmpty()
                && call.getScope().filter(s -> isName(s, list)).isPresent()) {
            nonEmpty = Optional.of(false);
        } else if (c instanceof BinaryExpr size && size.getOperator() == BinaryExpr.Operator.GREATER
                && size.getRight().toString().equals("0") && size.getLeft().toString().equals(list + ".size()")) {
            nonEmpty = Optional.of(true);
        }
        boolean flip = negated;
        return nonEmpty.map(b -> b != flip);
    }

    private static Optional<Expression> returns(Statement statement) {
        Statement s = statement instanceof BlockStmt block && block.getStatements().size() == 1 ? block.getStatement(0) : statement;
        return s instanceof ReturnStmt ret ? ret.getExpression() : Optional.empty();
    }

    private static boolean isCall(Statement statement, String scope, String name, String argument) {
        return statement instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call
                && call.getNameAsString().equals(name) && call.getArguments().size() == 1
                && call.getArgument(0).toString().equals(argument) && call.getScope().filter(s -> isName(s, scope)).isPresent();
    }

    private static boolean passes(MethodCallExpr helper, String criteria) {
        return helper.getArguments().size() == 1 && isName(helper.getArgument(0), criteria);
    }

    private static Expression uncast(Expression e) {
        Expression current = e;
        while (current instanceof CastExpr || current instanceof EnclosedExpr) {
            current = current instanceof CastExpr cast ? cast.getExpression() : ((EnclosedExpr) current).getInner();
        }
        return current;
    }

    private static boolean isName(Node node, String name) {
        return node instanceof NameExpr n && n.getNameAsString().equals(name);
    }

    private static int parameterIndex(Expression argument, List<String> names) {
        return argument instanceof NameExpr n ? names.indexOf(n.getNameAsString()) : -1;
    }

    private static boolean isCriteria(Type type, TypeFacts facts) {
        return facts.resolve(type).is(LegacyApi.CRITERIA);
    }
}
