package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the calls made on one legacy {@code Criteria} into {@link Step}s, or throws
 * {@link Unsupported} naming the construct that cannot be migrated faithfully.
 */
final class StepReader {

    /** Legacy setters kept on the new query, by legacy name: the Hibernate 6 {@code Query} method. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("setMaxResults", "setMaxResults"), Map.entry("setFirstResult", "setFirstResult"),
            Map.entry("setCacheable", "setCacheable"), Map.entry("setCacheRegion", "setCacheRegion"),
            Map.entry("setCacheMode", "setCacheMode"), Map.entry("setReadOnly", "setReadOnly"),
            Map.entry("setFetchSize", "setFetchSize"), Map.entry("setTimeout", "setTimeout"),
            Map.entry("setComment", "setComment"), Map.entry("setLockMode", "setHibernateLockMode"),
            Map.entry("setFlushMode", "setHibernateFlushMode"));
    private static final String[] SPECIFICATIONS = {LegacyApi.CRITERIA, "org.hibernate.criterion.CriteriaSpecification"};
    private static final String JOIN_TYPE = "org.hibernate.sql.JoinType";
    private static final String FETCH_MODE = "org.hibernate.FetchMode";

    private final LegacyApi api;
    private final PathResolver paths;
    private final CriterionReader criteria;
    private final ProjectionReader projections;
    private final Map<String, Step.Selection> projectionAliases = new HashMap<>();

    StepReader(LegacyApi api, PathResolver paths, SourceText source) {
        this.api = api;
        this.paths = paths;
        this.criteria = new CriterionReader(api, paths, source);
        this.projections = new ProjectionReader(api, paths);
    }

    /**
     * Registers a {@code createAlias(path, alias[, joinType])}, or a nested
     * {@code createCriteria(path[, alias][, joinType])} under a made-up alias when it has none, before
     * any other call is read, so paths anywhere in the query may use the alias.
     */
    Step.Join readJoin(MethodCallExpr call, Set<String> taken) throws Unsupported {
        NodeList<Expression> args = call.getArguments();
        boolean nested = call.getNameAsString().equals("createCriteria");
        if (args.isEmpty() || args.size() == 4) {
            throw new Unsupported(call.getNameAsString() + "(.., withClause)", "join with an extra ON condition");
        }
        int typeIndex = nested && args.size() == 2 && !args.get(1).isStringLiteralExpr() ? 1 : 2;
        if (!nested && (args.size() < 2 || !args.get(1).isStringLiteralExpr())) {
            throw new Unsupported(LegacyApi.describe(call), "alias computed at run time");
        }
        boolean left = false;
        if (args.size() > typeIndex) {
            Expression joinType = args.get(typeIndex);
            String type = api.constantOf(joinType, JOIN_TYPE, SPECIFICATIONS[0], SPECIFICATIONS[1])
                    .orElseThrow(() -> new Unsupported("join type `" + joinType + "`", "join type computed at run time"));
            left = switch (type) {
                case "INNER_JOIN" -> false;
                case "LEFT_OUTER_JOIN", "LEFT_JOIN" -> true;
                default -> throw new Unsupported("JoinType." + type, "full and right joins have no JPA Criteria equivalent");
            };
        }
        PropertyRef path = paths.resolve(args.get(0));
        if (path.names().size() > 1) {
            throw new Unsupported(call.getNameAsString() + "(\"" + path.dotted() + "\", ..)", "join through an embeddable");
        }
        String alias = args.size() > 1 && typeIndex == 2 ? args.get(1).asStringLiteralExpr().asString()
                : freshAlias(path.names().get(0), taken);
        if (paths.isAlias(alias)) {
            throw new Unsupported(call.getNameAsString() + "(.., \"" + alias + "\")", "alias defined twice");
        }
        paths.addJoin(alias, path);
        return new Step.Join(alias, path, left);
    }

    private static String freshAlias(String wanted, Set<String> taken) {
        String alias = wanted;
        for (int i = 2; taken.contains(alias); i++) {
            alias = wanted + i;
        }
        return alias;
    }

    Step read(MethodCallExpr call) throws Unsupported {
        NodeList<Expression> args = call.getArguments();
        String name = call.getNameAsString();
        if (OPTIONS.containsKey(name) && args.size() == 1) {
            return new Step.Option(OPTIONS.get(name), args.get(0));
        }
        return switch (name) {
            case "add" -> new Step.Add(criteria.read(single(call)));
            case "addOrder" -> order(single(call));
            case "setProjection" -> project(single(call));
            case "setResultTransformer" -> transformer(single(call));
            case "setFetchMode" -> fetch(call);
            default -> throw new Unsupported("Criteria." + name + "(..)", "call not migrated yet");
        };
    }

    private Step project(Expression argument) throws Unsupported {
        Step.Projection projection = projections.read(argument);
        projection.selections().stream().filter(s -> s.alias() != null).forEach(s -> projectionAliases.put(s.alias(), s));
        return new Step.Project(projection);
    }

    private Step order(Expression argument) throws Unsupported {
        boolean ignoreCase = false;
        Expression order = argument;
        if (order instanceof MethodCallExpr call && call.getNameAsString().equals("ignoreCase")
                && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            ignoreCase = true;
            order = call.getScope().get();
        }
        if (order instanceof MethodCallExpr call && api.isStaticOf(call, LegacyApi.ORDER) && call.getArguments().size() == 1
                && (call.getNameAsString().equals("asc") || call.getNameAsString().equals("desc"))) {
            boolean ascending = call.getNameAsString().equals("asc");
            Expression name = call.getArgument(0);
            if (name.isStringLiteralExpr() && projectionAliases.containsKey(name.asStringLiteralExpr().asString())) {
                Step.Selection selection = projectionAliases.get(name.asStringLiteralExpr().asString());
                boolean lower = ignoreCase && selection.resultType().equals("java.lang.String");
                return new Step.AddOrder(null, selection, ascending, lower);
            }
            PropertyRef path = paths.resolve(name);
            boolean lower = ignoreCase && path.property().type().equals("java.lang.String");
            return new Step.AddOrder(path, null, ascending, lower);
        }
        throw new Unsupported("addOrder(" + argument + ")", "order not built by Order.asc/desc in place");
    }

    private Step transformer(Expression argument) throws Unsupported {
        Optional<String> constant = api.constantOf(argument, SPECIFICATIONS);
        if (constant.isPresent() && constant.get().equals("DISTINCT_ROOT_ENTITY")) {
            return new Step.DistinctRoot();
        }
        if (constant.isPresent() && constant.get().equals("ROOT_ENTITY")) {
            return new Step.NoEffect();
        }
        if (api.constantOf(argument, "org.hibernate.transform.DistinctRootEntityResultTransformer")
                .filter("INSTANCE"::equals).isPresent()) {
            return new Step.DistinctRoot();
        }
        throw new Unsupported("setResultTransformer(" + argument + ")", "result transformer other than DISTINCT_ROOT_ENTITY");
    }

    private Step fetch(MethodCallExpr call) throws Unsupported {
        if (call.getArguments().size() != 2) {
            throw new Unsupported(LegacyApi.describe(call), "call not migrated yet");
        }
        String mode = api.constantOf(call.getArgument(1), FETCH_MODE)
                .orElseThrow(() -> new Unsupported("setFetchMode(.., " + call.getArgument(1) + ")", "fetch mode computed at run time"));
        PropertyRef path = paths.resolve(call.getArgument(0));
        if (mode.equals("SELECT") || mode.equals("LAZY") || mode.equals("DEFAULT")) {
            return new Step.NoEffect();
        }
        if (path.property().collection()) {
            throw new Unsupported("setFetchMode(\"" + path.dotted() + "\", " + mode + ")",
                    "fetch join of a collection: Hibernate 6 removes the duplicate roots legacy returned");
        }
        if (path.join() != null || path.names().size() > 1) {
            throw new Unsupported("setFetchMode(\"" + path.dotted() + "\", " + mode + ")", "fetch of a nested path");
        }
        return new Step.Fetch(path);
    }

    static Expression single(MethodCallExpr call) throws Unsupported {
        if (call.getArguments().size() != 1) {
            throw new Unsupported(LegacyApi.describe(call), "call not migrated yet");
        }
        return call.getArgument(0);
    }
}
