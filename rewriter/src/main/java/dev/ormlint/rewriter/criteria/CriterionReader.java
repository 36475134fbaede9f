package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a legacy {@code Restrictions} expression into a {@link Criterion}. */
final class CriterionReader {

    private static final Map<String, Criterion.Comparison> COMPARISONS = Map.of(
            "eq", Criterion.Comparison.EQ, "ne", Criterion.Comparison.NE, "gt", Criterion.Comparison.GT,
            "ge", Criterion.Comparison.GE, "lt", Criterion.Comparison.LT, "le", Criterion.Comparison.LE);
    private static final Map<String, Criterion.Comparison> PROPERTY_COMPARISONS = Map.of(
            "eqProperty", Criterion.Comparison.EQ, "neProperty", Criterion.Comparison.NE,
            "gtProperty", Criterion.Comparison.GT, "geProperty", Criterion.Comparison.GE,
            "ltProperty", Criterion.Comparison.LT, "leProperty", Criterion.Comparison.LE);
    private static final Map<String, Criterion.Comparison> SIZE_COMPARISONS = Map.of(
            "sizeEq", Criterion.Comparison.EQ, "sizeNe", Criterion.Comparison.NE, "sizeGt", Criterion.Comparison.GT,
            "sizeGe", Criterion.Comparison.GE, "sizeLt", Criterion.Comparison.LT, "sizeLe", Criterion.Comparison.LE);
    private static final Set<String> COMPARABLE = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
            "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal", "java.math.BigInteger",
            "java.lang.String", "java.lang.Character", "java.lang.Boolean", "java.util.Date", "java.sql.Date",
            "java.sql.Timestamp", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
            "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.util.Calendar");
    private static final String MATCH_MODE = "org.hibernate.criterion.MatchMode";
    private static final String SUBQUERIES = "org.hibernate.criterion.Subqueries";
    private static final String DETACHED = "org.hibernate.criterion.DetachedCriteria";
    private static final String PROPERTY = "org.hibernate.criterion.Property";
    /** Why restrictions built by other legacy classes are left, by the class name they start from. */
    private static final Map<String, String> OTHER_RESTRICTIONS = Map.of(
            "Subqueries", "subquery (DetachedCriteria) not migrated yet",
            "Property", "Property.forName(..) restriction not migrated yet",
            "Example", "query by example has no JPA equivalent");

    private final LegacyApi api;
    private final PathResolver paths;
    private final SourceText source;

    CriterionReader(LegacyApi api, PathResolver paths, SourceText source) {
        this.api = api;
        this.paths = paths;
        this.source = source;
    }

    Criterion read(Expression expression) throws Unsupported {
        if (expression instanceof NameExpr name) {
            return accumulated(name);
        }
        if (!(expression instanceof MethodCallExpr call)) {
            throw new Unsupported("Criterion `" + expression + "`", "restriction built outside the query");
        }
        if (call.getNameAsString().equals("add") && call.getScope().isPresent()) {
            return junctionChain(call);
        }
        if (call.getNameAsString().equals("ignoreCase") && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            return ignoringCase(call.getScope().get());
        }
        if (api.isStaticOf(call, SUBQUERIES)) {
            return subqueryTest(call);
        }
        if (call.getScope().orElse(null) instanceof MethodCallExpr forName && api.isStaticOf(forName, PROPERTY)
                && forName.getNameAsString().equals("forName") && forName.getArguments().size() == 1) {
            return property(forName.getArgument(0), call);
        }
        if (!api.isStaticOf(call, LegacyApi.RESTRICTIONS)) {
            throw new Unsupported(LegacyApi.describe(call), OTHER_RESTRICTIONS.getOrDefault(outermostScope(call),
                    "restriction other than Restrictions.*"));
        }
        List<Expression> args = call.getArguments();
        String name = call.getNameAsString();
        if (COMPARISONS.containsKey(name) && args.size() == 2) {
            PropertyRef path = paths.resolve(args.get(0));
            Criterion.Comparison op = COMPARISONS.get(name);
            if (op.needsComparable()) {
                requireComparable(path, name);
            }
            return new Criterion.Compare(path, op, args.get(1), false);
        }
        if (PROPERTY_COMPARISONS.containsKey(name) && args.size() == 2) {
            return propertyCompare(args.get(0), name, args.get(1));
        }
        if (SIZE_COMPARISONS.containsKey(name) && args.size() == 2) {
            PropertyRef path = paths.resolve(args.get(0));
            if (!path.property().collection()) {
                throw new Unsupported(LegacyApi.describe(call), "size restriction on a property that is not a collection");
            }
            return new Criterion.SizeCompare(path, SIZE_COMPARISONS.get(name), args.get(1));
        }
        return switch (name) {
            case "between" -> between(call);
            case "like", "ilike" -> like(call);
            case "isNull", "isNotNull" -> new Criterion.NullCheck(paths.resolve(only(call)), name.equals("isNull"));
            case "isEmpty", "isNotEmpty" -> emptyCheck(call);
            case "in" -> in(call);
            case "idEq" -> idEq(call);
            case "and", "or" -> new Criterion.Junction(name.equals("and"), readAll(args));
            case "conjunction", "disjunction" -> junction(call, List.of());
            case "not" -> new Criterion.Not(read(only(call)));
            case "sqlRestriction" -> throw new Unsupported("Restrictions.sqlRestriction", "SQL fragment");
            case "allEq" -> throw new Unsupported("Restrictions.allEq", "map of property values known only at run time");
            default -> throw new Unsupported("Restrictions." + name, "restriction not migrated yet");
        };
    }

    private Criterion subqueryTest(MethodCallExpr call) throws Unsupported {
        String name = call.getNameAsString();
        List<Expression> args = call.getArguments();
        Unsupported other = new Unsupported("Subqueries." + name, "subquery (DetachedCriteria) not migrated yet");
        if (args.isEmpty() || !(args.get(args.size() - 1) instanceof NameExpr variable)) {
            throw other;
        }
        return switch (name) {
            case "propertyIn", "propertyNotIn" -> {
                if (args.size() != 2) {
                    throw other;
                }
                PropertyRef path = paths.resolve(args.get(0));
                yield new Criterion.SubqueryTest(name.equals("propertyIn") ? Criterion.SubqueryTest.Kind.IN
                        : Criterion.SubqueryTest.Kind.NOT_IN, path, null, detached(variable));
            }
            case "exists", "notExists" -> new Criterion.SubqueryTest(name.equals("exists")
                    ? Criterion.SubqueryTest.Kind.EXISTS : Criterion.SubqueryTest.Kind.NOT_EXISTS, null, null, detached(variable));
            case "eq" -> {
                if (args.size() != 2) {
                    throw other;
                }
                yield new Criterion.SubqueryTest(Criterion.SubqueryTest.Kind.EQ, null, args.get(0), detached(variable));
            }
            default -> throw other;
        };
    }

    /** {@code eqProperty(left, right)} and the like: two properties compared in SQL. */
    private Criterion propertyCompare(Expression leftName, String name, Expression rightName) throws Unsupported {
        PropertyRef left = paths.resolve(leftName);
        PropertyRef right = paths.resolve(rightName);
        Criterion.Comparison op = PROPERTY_COMPARISONS.get(name);
        if (op.needsComparable()) {
            requireComparable(left, name);
            requireComparable(right, name);
        }
        return new Criterion.PropertyCompare(left, op, right);
    }

    /**
     * {@code Property.forName(p).eq(v)} and the like: the same restriction as {@code Restrictions.eq(p, v)},
     * or a comparison with a subquery when the argument is a {@code DetachedCriteria}.
     */
    private Criterion property(Expression name, MethodCallExpr call) throws Unsupported {
        String operation = call.getNameAsString();
        List<Expression> args = call.getArguments();
        if (args.size() == 1 && args.get(0) instanceof NameExpr variable
                && api.types().isOfType(variable, DETACHED)) {
            PropertyRef path = paths.resolve(name);
            if (operation.equals("in") || operation.equals("notIn")) {
                return new Criterion.SubqueryTest(operation.equals("in") ? Criterion.SubqueryTest.Kind.IN
                        : Criterion.SubqueryTest.Kind.NOT_IN, path, null, detached(variable));
            }
            if (COMPARISONS.containsKey(operation)) {
                return new Criterion.SubqueryTest(Criterion.SubqueryTest.Kind.COMPARE, path, null, detached(variable),
                        COMPARISONS.get(operation));
            }
            throw new Unsupported("Property.forName(..)." + operation + "(subquery)", "subquery (DetachedCriteria) not migrated yet");
        }
        if (PROPERTY_COMPARISONS.containsKey(operation) && args.size() == 1 && !api.types().isOfType(args.get(0), PROPERTY)) {
            return propertyCompare(name, operation, args.get(0)); // Property.eqProperty(String) is Restrictions.eqProperty
        }
        PropertyRef path = paths.resolve(name);
        if (COMPARISONS.containsKey(operation) && args.size() == 1) {
            Criterion.Comparison op = COMPARISONS.get(operation);
            if (op.needsComparable()) {
                requireComparable(path, operation);
            }
            return new Criterion.Compare(path, op, args.get(0), false);
        }
        if (operation.equals("in") && args.size() == 1) {
            return new Criterion.In(path, args.get(0));
        }
        if ((operation.equals("isNull") || operation.equals("isNotNull")) && args.isEmpty()) {
            return new Criterion.NullCheck(path, operation.equals("isNull"));
        }
        throw new Unsupported("Property.forName(..)." + operation + "(..)", "Property.forName(..) restriction not migrated yet");
    }

    /**
     * The {@code DetachedCriteria} a subquery test names: declared in an enclosing block by
     * {@code forClass(X.class[, alias])}, built by {@code add(..)} and {@code setProjection(..)} in that
     * declaration and in the statements right after it ({@code subquery.add(..);}), and used nowhere else.
     * Those statements run one after the other, so the subquery can be built where it is declared.
     */
    private Criterion.Detached detached(NameExpr use) throws Unsupported {
        String name = use.getNameAsString();
        Unsupported elsewhere = new Unsupported("DetachedCriteria `" + name + "`",
                "subquery built outside one declaration");
        ExpressionStmt declaration = declarationOf(use).orElseThrow(() -> elsewhere);
        BlockStmt block = (BlockStmt) declaration.getParentNode().orElseThrow();
        List<ExpressionStmt> building = buildingStatements(block, declaration, name);
        if (block.findAll(NameExpr.class, n -> n.getNameAsString().equals(name) && n != use
                && building.stream().noneMatch(b -> b.isAncestorOf(n))).size() > 0) {
            throw elsewhere;
        }
        DetachedCalls calls = new DetachedCalls();
        Expression e = calls.read(declaration.getExpression().asVariableDeclarationExpr().getVariable(0).getInitializer()
                .orElseThrow(() -> elsewhere));
        for (ExpressionStmt statement : building) {
            if (!(calls.read(statement.getExpression()) instanceof NameExpr built) || !built.getNameAsString().equals(name)) {
                throw elsewhere;
            }
        }
        if (!(e instanceof MethodCallExpr start) || !api.isStaticOf(start, DETACHED) || !start.getNameAsString().equals("forClass")
                || start.getArguments().isEmpty() || !start.getArgument(0).isClassExpr() || calls.projection == null
                || start.getArguments().size() == 2 && !start.getArgument(1).isStringLiteralExpr()) {
            throw elsewhere;
        }
        String entity = start.getArgument(0).asClassExpr().getType().asString();
        String entityType = api.types().resolveName(entity, start).filter(paths.model()::knows)
                .orElseThrow(() -> new Unsupported("forClass(" + entity + ".class)", "entity source not found (unresolvable property types)"));
        String alias = start.getArguments().size() == 2 ? start.getArgument(1).asStringLiteralExpr().asString() : null;
        PathResolver subPaths = paths.subquery(entityType, alias);
        CriterionReader subCriteria = new CriterionReader(api, subPaths, source);
        List<Criterion> where = new ArrayList<>();
        for (Expression add : calls.adds) {
            where.add(subCriteria.read(add));
        }
        Step.Projection selected = new ProjectionReader(api, subPaths).read(calls.projection);
        if (selected.selections().size() != 1 || selected.grouped() || selected.distinct()) {
            throw new Unsupported("DetachedCriteria `" + name + "` projection", "subquery selecting more than one value");
        }
        return new Criterion.Detached(name, declaration, building, entity, entityType, alias, where, selected.selections().get(0));
    }

    /** The {@code add(..)} and {@code setProjection(..)} calls of a DetachedCriteria, read chain by chain. */
    private final class DetachedCalls {
        private final List<Expression> adds = new ArrayList<>();
        private Expression projection;

        /** Reads the calls of {@code chain}, innermost first, and returns what they are made on. */
        Expression read(Expression chain) throws Unsupported {
            List<Expression> chainAdds = new ArrayList<>();
            Expression e = chain;
            while (e instanceof MethodCallExpr call && call.getScope().isPresent() && !api.isStaticOf(call, DETACHED)) {
                if (call.getNameAsString().equals("add") && call.getArguments().size() == 1) {
                    chainAdds.add(0, call.getArgument(0));
                } else if (call.getNameAsString().equals("setProjection") && call.getArguments().size() == 1 && projection == null) {
                    projection = call.getArgument(0);
                } else {
                    throw new Unsupported("DetachedCriteria." + call.getNameAsString() + "(..)", "subquery (DetachedCriteria) not migrated yet");
                }
                e = call.getScope().get();
            }
            adds.addAll(chainAdds);
            return e;
        }
    }

    /** The statements right after {@code declaration} that are calls on {@code name}: {@code name.add(..);}. */
    private static List<ExpressionStmt> buildingStatements(BlockStmt block, ExpressionStmt declaration, String name) {
        List<ExpressionStmt> building = new ArrayList<>();
        for (int i = block.getStatements().indexOf(declaration) + 1; i < block.getStatements().size(); i++) {
            if (!(block.getStatement(i) instanceof ExpressionStmt statement) || !(statement.getExpression() instanceof MethodCallExpr call)
                    || !rootName(call).filter(name::equals).isPresent()) {
                break;
            }
            building.add(statement);
        }
        return building;
    }

    private static Optional<String> rootName(MethodCallExpr call) {
        Expression e = call;
        while (e instanceof MethodCallExpr c && c.getScope().isPresent()) {
            e = c.getScope().get();
        }
        return e instanceof NameExpr n ? Optional.of(n.getNameAsString()) : Optional.empty();
    }

    /** {@code eq(..).ignoreCase()}: legacy compares {@code lower(column)} with the value lower-cased. */
    private Criterion ignoringCase(Expression comparison) throws Unsupported {
        Criterion inner = read(comparison);
        if (inner instanceof Criterion.Compare compare && compare.path().property().type().equals("java.lang.String")) {
            return new Criterion.Compare(compare.path(), compare.op(), compare.value(), true);
        }
        throw new Unsupported(comparison + ".ignoreCase()", "ignoreCase on a restriction other than a String comparison");
    }

    private Criterion between(MethodCallExpr call) throws Unsupported {
        if (call.getArguments().size() != 3) {
            throw new Unsupported(LegacyApi.describe(call), "restriction not migrated yet");
        }
        PropertyRef path = paths.resolve(call.getArgument(0));
        requireComparable(path, "between");
        return new Criterion.Between(path, call.getArgument(1), call.getArgument(2));
    }

    private Criterion like(MethodCallExpr call) throws Unsupported {
        List<Expression> args = call.getArguments();
        if (args.size() < 2 || args.size() > 3) {
            throw new Unsupported(LegacyApi.describe(call), "restriction not migrated yet");
        }
        PropertyRef path = paths.resolve(args.get(0));
        if (!path.property().type().equals("java.lang.String")) {
            throw new Unsupported("Restrictions." + call.getNameAsString() + "(\"" + path.dotted() + "\", ..)",
                    "like on a property that is not a String");
        }
        Criterion.MatchMode mode = null;
        if (args.size() == 3) {
            String constant = api.constantOf(args.get(2), MATCH_MODE)
                    .orElseThrow(() -> new Unsupported("MatchMode `" + args.get(2) + "`", "match mode computed at run time"));
            mode = Criterion.MatchMode.valueOf(constant);
        }
        return new Criterion.Like(path, args.get(1), mode, call.getNameAsString().equals("ilike"));
    }

    private Criterion emptyCheck(MethodCallExpr call) throws Unsupported {
        PropertyRef path = paths.resolve(only(call));
        if (!path.property().collection()) {
            throw new Unsupported(LegacyApi.describe(call), "isEmpty on a property that is not a collection");
        }
        return new Criterion.EmptyCheck(path, call.getNameAsString().equals("isEmpty"));
    }

    private Criterion in(MethodCallExpr call) throws Unsupported {
        if (call.getArguments().size() != 2) {
            throw new Unsupported(LegacyApi.describe(call), "restriction not migrated yet");
        }
        return new Criterion.In(paths.resolve(call.getArgument(0)), call.getArgument(1));
    }

    private Criterion idEq(MethodCallExpr call) throws Unsupported {
        String id = paths.model().idProperty(paths.currentEntityType())
                .orElseThrow(() -> new Unsupported("Restrictions.idEq", "identifier property unknown or composite"));
        return new Criterion.Compare(paths.resolve(id), Criterion.Comparison.EQ, only(call), false);
    }

    /**
     * A junction variable taken by the query: declared from {@code Restrictions.conjunction()} or
     * {@code disjunction()} in an enclosing block, then only ever given parts by {@code add}
     * statements before the query takes it, once.
     */
    private Criterion accumulated(NameExpr use) throws Unsupported {
        String name = use.getNameAsString();
        Unsupported passedOn = new Unsupported("Criterion `" + name + "`", "restriction built outside the query");
        ExpressionStmt declaration = declarationOf(use).orElseThrow(() -> passedOn);
        VariableDeclarator variable = declaration.getExpression().asVariableDeclarationExpr().getVariable(0);
        Expression initializer = variable.getInitializer().orElseThrow(() -> passedOn);
        if (!(initializer instanceof MethodCallExpr)) {
            throw passedOn; // `Criterion c = null;` assigned under ifs: named by the variable, not by `null`
        }
        Criterion initial = read(initializer);
        if (!(initial instanceof Criterion.Junction junction)) {
            throw passedOn;
        }
        BlockStmt block = (BlockStmt) declaration.getParentNode().orElseThrow();
        int declared = source.end(declaration);
        Map<ExpressionStmt, List<Criterion>> statements = new LinkedHashMap<>();
        for (NameExpr other : block.findAll(NameExpr.class, n -> n.getNameAsString().equals(name) && n != use)) {
            if (source.start(other) < declared) {
                continue;
            }
            List<Expression> parts = new ArrayList<>();
            Node top = other;
            while (top.getParentNode().orElse(null) instanceof MethodCallExpr add && add.getScope().orElse(null) == top
                    && add.getNameAsString().equals("add") && add.getArguments().size() == 1) {
                parts.add(add.getArgument(0));
                top = add;
            }
            if (parts.isEmpty() || !(top.getParentNode().orElse(null) instanceof ExpressionStmt statement)
                    || source.start(other) > source.start(use)) {
                throw new Unsupported("junction `" + name + "` used elsewhere", "junction passed on or used twice");
            }
            statements.put(statement, readAll(parts));
        }
        return new Criterion.Accumulated(name, junction.conjunction(), declaration, junction.parts(), statements);
    }

    private static Optional<ExpressionStmt> declarationOf(NameExpr use) {
        Node child = use;
        for (Node parent = use.getParentNode().orElse(null); parent != null; child = parent, parent = parent.getParentNode().orElse(null)) {
            if (!(parent instanceof BlockStmt block)) {
                continue;
            }
            for (Statement statement : block.getStatements()) {
                if (statement == child) {
                    break;
                }
                if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof VariableDeclarationExpr declaration
                        && declaration.getVariables().size() == 1
                        && declaration.getVariable(0).getNameAsString().equals(use.getNameAsString())) {
                    return Optional.of(expression);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code Restrictions.disjunction().add(a).add(b)}: the junction with its parts in order. */
    private Criterion junctionChain(MethodCallExpr outermost) throws Unsupported {
        List<Expression> parts = new ArrayList<>();
        Expression e = outermost;
        while (e instanceof MethodCallExpr call && call.getNameAsString().equals("add") && call.getScope().isPresent()) {
            parts.add(0, only(call));
            e = call.getScope().get();
        }
        if (e instanceof MethodCallExpr start && api.isStaticOf(start, LegacyApi.RESTRICTIONS)
                && (start.getNameAsString().equals("conjunction") || start.getNameAsString().equals("disjunction"))) {
            return junction(start, parts);
        }
        throw new Unsupported("Criterion `" + e + "`", "restriction built outside the query");
    }

    private Criterion junction(MethodCallExpr start, List<Expression> added) throws Unsupported {
        List<Expression> parts = new ArrayList<>(start.getArguments());
        parts.addAll(added);
        return new Criterion.Junction(start.getNameAsString().equals("conjunction"), readAll(parts));
    }

    private List<Criterion> readAll(List<Expression> expressions) throws Unsupported {
        List<Criterion> read = new ArrayList<>();
        for (Expression e : expressions) {
            read.add(read(e));
        }
        return read;
    }

    private static void requireComparable(PropertyRef path, String restriction) throws Unsupported {
        EntityModel.Property property = path.property();
        if (!COMPARABLE.contains(property.type())) {
            throw new Unsupported("Restrictions." + restriction + "(\"" + path.dotted() + "\", ..)",
                    "ordering comparison on a property of type " + property.type());
        }
    }

    private static String outermostScope(MethodCallExpr call) {
        Expression e = call;
        while (e instanceof MethodCallExpr m && m.getScope().isPresent()) {
            e = m.getScope().get();
        }
        return e instanceof NameExpr name ? name.getNameAsString() : "";
    }

    private static Expression only(MethodCallExpr call) throws Unsupported {
        return StepReader.single(call);
    }
}
