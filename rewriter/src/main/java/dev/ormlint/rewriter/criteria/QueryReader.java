package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one legacy query from its {@code createCriteria} call: its shape, the meaning of every call
 * and the settings of the whole query. Throws {@link Unsupported} for anything that cannot be
 * migrated faithfully, so the query is left as it is.
 */
final class QueryReader {

    private static final Set<String> PAGING = Set.of("setMaxResults", "setFirstResult");
    private static final Set<String> JOINS = Set.of("createAlias", "createCriteria");

    private final LegacyApi api;
    private final EntityModel model;
    private final SourceText source;
    private final DaoHelpers helpers;
    private final Constants constants;
    private final SiteFinder finder;

    QueryReader(LegacyApi api, EntityModel model, SourceText source, DaoHelpers helpers, Constants constants) {
        this.api = api;
        this.model = model;
        this.source = source;
        this.helpers = helpers;
        this.constants = constants;
        this.finder = new SiteFinder(call -> helpers.finisher(call, api.types()));
    }

    LegacyQuery read(MethodCallExpr creation) throws Unsupported {
        if (creation.getNameAsString().startsWith("for")) {
            throw new Unsupported("DetachedCriteria." + creation.getNameAsString(), "DetachedCriteria not migrated yet");
        }
        Optional<DaoHelpers.Creation> helper = helpers.creation(creation, api.types());
        List<Expression> args = helper.isEmpty() ? creation.getArguments() : helper.get().entityAndAlias(creation);
        if (helper.isEmpty()) {
            requireNotAHelper(creation);
        }
        Expression runtimeClass = null;
        String entity = null;
        String entityType;
        String rowEntity; // what each row is declared as: the entity type, or the type variable of its Class<T>
        if (!args.isEmpty() && !args.get(0).isClassExpr() && api.types().isOfType(args.get(0), "java.lang.Class")) {
            runtimeClass = args.get(0);
            RuntimeEntity runtime = runtimeEntity(runtimeClass).orElseThrow(() -> new Unsupported(
                    "createCriteria(" + args.get(0) + ")", "entity class known only at run time"));
            entity = runtime.typeVariable();
            entityType = runtime.propertiesOf();
            rowEntity = entity != null ? entity : entityType;
        } else if (args.isEmpty() || !args.get(0).isClassExpr()) {
            throw new Unsupported("createCriteria(entityName)", "entity named by a string");
        } else {
            String written = args.get(0).asClassExpr().getType().asString();
            entity = written;
            entityType = api.types().resolveName(written, creation)
                    .filter(model::knows)
                    .orElseThrow(() -> new Unsupported("createCriteria(" + written + ".class)",
                            "entity source not found (unresolvable property types)"));
            rowEntity = entityType;
        }
        if (args.size() > 2 || args.size() == 2 && !args.get(1).isStringLiteralExpr()) {
            throw new Unsupported(LegacyApi.describe(creation), "root alias computed at run time");
        }
        SessionRef session = helper.isPresent() ? helper.get().sessionAt(creation, source)
                : SessionRef.written(creation.getScope().orElseThrow(() -> new Unsupported(
                        "createCriteria(..) without a session", "session not visible")), source, api.types());
        String rootAlias = args.size() == 2 ? args.get(1).asStringLiteralExpr().asString() : null;
        QuerySite site = finder.find(creation);

        PathResolver paths = new PathResolver(model, entityType, rootAlias, e -> constants.stringValue(e, api.types()));
        StepReader reader = new StepReader(api, paths, source);
        Map<MethodCallExpr, Step> steps = new LinkedHashMap<>();
        List<Step.Join> joins = new ArrayList<>();
        Map<MethodCallExpr, String> within = new HashMap<>();
        Set<String> aliases = new HashSet<>(site.calls().stream()
                .filter(c -> c.getNameAsString().equals("createAlias") && c.getArguments().size() > 1
                        && c.getArgument(1).isStringLiteralExpr())
                .map(c -> c.getArgument(1).asStringLiteralExpr().asString()).toList());
        // A variable holding a nested createCriteria(..) is that sub-criteria: what later statements
        // add to it belongs to the join, not to the root.
        String held = null;
        boolean initializer = site instanceof QuerySite.Variable;
        for (List<MethodCallExpr> chain : site.chains()) {
            String current = held;
            for (MethodCallExpr call : chain) {
                within.put(call, current);
                if (JOINS.contains(call.getNameAsString())) {
                    requireUnconditional(site, call, call.getNameAsString());
                    paths.within(current);
                    Step.Join join = reader.readJoin(call, aliases);
                    aliases.add(join.alias());
                    steps.put(call, join);
                    joins.add(join);
                    if (call.getNameAsString().equals("createCriteria")) {
                        current = join.alias();
                    }
                }
            }
            if (initializer) {
                held = current;
                initializer = false;
            }
        }
        List<Step.Fetch> fetches = new ArrayList<>();
        List<Step.Option> options = new ArrayList<>();
        Step.Projection projection = null;
        boolean distinctRoot = false;
        if (site.finisher().counts()) {
            // the helper's setProjection(Projections.rowCount()), made after every call of the caller
            projection = new Step.Projection(List.of(new Step.Selection(Step.Selection.Kind.ROW_COUNT, null, "java.lang.Long")),
                    false);
        }
        for (MethodCallExpr call : site.calls()) {
            if (steps.containsKey(call)) {
                continue;
            }
            paths.within(within.get(call));
            Step step = reader.read(call);
            steps.put(call, step);
            if (step instanceof Step.Add || step instanceof Step.AddOrder || step instanceof Step.NoEffect) {
                continue;
            }
            requireUnconditional(site, call, call.getNameAsString());
            if (step instanceof Step.Project project) {
                if (site.finisher().counts()) {
                    throw new Unsupported("setProjection before " + site.terminal().getNameAsString() + "(..)",
                            "projection replaced by the helper's row count");
                }
                if (projection != null) {
                    throw new Unsupported("setProjection twice", "projection replaced after it was set");
                }
                projection = project.projection();
            } else if (step instanceof Step.DistinctRoot) {
                distinctRoot = true;
            } else if (step instanceof Step.Fetch fetch) {
                fetches.add(fetch);
            } else if (step instanceof Step.Option option) {
                requireStable(site, option);
                options.add(option);
            }
        }
        String declaredRows = RowTarget.declaredSupertype(site.terminal(), site.finisher(),
                LegacyQuery.resultType(rowEntity, projection), api.types()).orElse(null);
        LegacyQuery query = new LegacyQuery(site, session, entity, entityType, runtimeClass, rootAlias, steps, joins, fetches,
                projection, distinctRoot, options, declaredRows);
        validate(query);
        return query;
    }

    /**
     * The entity of a run-time {@code Class<X>} ({@code getEntityClass()} of a DAO whose type argument
     * is {@code X}, a {@code Class<T>} field of a DAO over {@code T extends X}): the rows are of
     * {@code X} or a subclass of it, and every property of {@code X} is theirs. The expression is
     * evaluated twice ({@code createQuery}, {@code from}).
     */
    private Optional<RuntimeEntity> runtimeEntity(Expression type) {
        return SessionAccess.reusable(type)
                ? RuntimeEntity.of(type, api.types()).filter(e -> model.knows(e.propertiesOf()))
                : Optional.empty();
    }

    /** The Criteria a creation helper returns is its callers' query, each counted where it is called. */
    private void requireNotAHelper(MethodCallExpr creation) throws Unsupported {
        Optional<MethodDeclaration> method = creation.findAncestor(MethodDeclaration.class);
        if (method.isPresent() && helpers.creation(method.get(), api.types()).isPresent()) {
            throw new Unsupported("helper " + method.get().getNameAsString() + "(..)",
                    "helper creating a Criteria for its callers (each caller is a query of its own)");
        }
    }

    private static void validate(LegacyQuery query) throws Unsupported {
        if (query.distinctRoot()) {
            if (query.site().finisher().limitsToOne() || query.options().stream().anyMatch(o -> PAGING.contains(o.method()))) {
                throw new Unsupported("DISTINCT_ROOT_ENTITY with paging",
                        "legacy pages the duplicated rows and de-duplicates in memory");
            }
            if (query.projection() != null) {
                throw new Unsupported("DISTINCT_ROOT_ENTITY with a projection", "result transformer over projected rows");
            }
            boolean ordersByJoin = query.steps().values().stream()
                    .anyMatch(s -> s instanceof Step.AddOrder order && order.path() != null && order.path().join() != null);
            if (ordersByJoin) {
                throw new Unsupported("DISTINCT_ROOT_ENTITY ordered by a joined property",
                        "SQL DISTINCT cannot order by a column it does not select");
            }
        }
        boolean joinsCollection = query.joins().stream().anyMatch(j -> j.path().property().collection());
        if (query.projection() == null && !query.distinctRoot() && joinsCollection) {
            throw new Unsupported("join through a collection returning entities",
                    "Hibernate 6 removes the duplicate roots legacy returned");
        }
        if (query.projection() != null && !query.fetches().isEmpty()) {
            throw new Unsupported("setFetchMode with a projection", "fetch join without its owner selected");
        }
    }

    private static void requireUnconditional(QuerySite site, MethodCallExpr call, String construct) throws Unsupported {
        if (site instanceof QuerySite.Variable variable && variable.conditional(call)) {
            throw new Unsupported(construct + " inside a condition or loop", "query shape chosen at run time");
        }
    }

    /** A setting moved to where the query runs must have the value it had where it was set. */
    private static void requireStable(QuerySite site, Step.Option option) throws Unsupported {
        if (site instanceof QuerySite.Variable variable && !isStable(option.argument(), variable.declaration().getParentNode().orElseThrow())) {
            throw new Unsupported(option.method() + "(" + option.argument() + ")",
                    "setting whose value may change before the query runs");
        }
    }

    static boolean isStable(Expression e, Node scope) {
        if (e.isLiteralExpr()) {
            return true;
        }
        if (e.isEnclosedExpr()) {
            return isStable(e.asEnclosedExpr().getInner(), scope);
        }
        if (e.isUnaryExpr() && e.asUnaryExpr().getOperator() == UnaryExpr.Operator.MINUS) {
            return isStable(e.asUnaryExpr().getExpression(), scope);
        }
        if (e.isBinaryExpr()) {
            return isStable(e.asBinaryExpr().getLeft(), scope) && isStable(e.asBinaryExpr().getRight(), scope);
        }
        if (e.isFieldAccessExpr() && e.asFieldAccessExpr().getScope().isThisExpr() || e.isNameExpr()) {
            String name = e.isNameExpr() ? e.asNameExpr().getNameAsString() : e.asFieldAccessExpr().getNameAsString();
            return scope.findAll(AssignExpr.class, a -> targetName(a.getTarget()).filter(name::equals).isPresent()).isEmpty()
                    && scope.findAll(UnaryExpr.class, u -> u.getOperator().name().endsWith("CREMENT"))
                    .stream().noneMatch(u -> targetName(u.getExpression()).filter(name::equals).isPresent());
        }
        if (e.isFieldAccessExpr()) {
            return e.asFieldAccessExpr().getScope().isNameExpr()
                    && Character.isUpperCase(e.asFieldAccessExpr().getScope().asNameExpr().getNameAsString().charAt(0));
        }
        return false;
    }

    private static Optional<String> targetName(Expression target) {
        if (target.isNameExpr()) {
            return Optional.of(target.asNameExpr().getNameAsString());
        }
        if (target.isFieldAccessExpr()) {
            return Optional.of(target.asFieldAccessExpr().getNameAsString());
        }
        return Optional.empty();
    }
}
