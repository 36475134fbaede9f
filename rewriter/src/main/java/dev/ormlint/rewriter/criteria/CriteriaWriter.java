package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.ormlint.analyzer.TextEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a legacy query with the JPA Criteria API: {@code CriteriaBuilder}, {@code CriteriaQuery},
 * {@code Root}, joins for aliases, {@code cq.select(root).where(..)}, run by
 * {@code session.createQuery(cq)} with the legacy settings and {@code list()}/{@code uniqueResult()}.
 * A query built across statements collects its predicates in a list, so conditions stay where they were.
 */
final class CriteriaWriter implements QueryWriter {

    private static final int LINE_LENGTH = 100;
    private static final String CONTINUATION = "        ";

    @Override
    public List<TextEdit> write(LegacyQuery query, FileContext file) throws Unsupported {
        SessionAccess.require(query.session(), file.facts().index(), "getCriteriaBuilder/0", "createQuery/1");
        query.requireRunsOn(file.namespace());
        boolean comparesWithNull = criteria(query)
                .anyMatch(c -> c instanceof Criterion.Compare compare && compare.value().isNullLiteralExpr());
        if (comparesWithNull) {
            // cb.equal(x, null) is "x is null" in Hibernate 6, where legacy eq(p, null) binds null and matches nothing.
            throw new Unsupported("comparison with a null literal", "legacy binds null and matches no row");
        }
        return new Rendering(query, file).edits();
    }

    static List<Criterion.Detached> subqueries(LegacyQuery query) {
        return criteria(query).filter(Criterion.SubqueryTest.class::isInstance)
                .map(c -> ((Criterion.SubqueryTest) c).subquery()).toList();
    }

    static Stream<Criterion> criteria(LegacyQuery query) {
        return query.steps().values().stream().filter(Step.Add.class::isInstance)
                .flatMap(s -> Criterion.walk(((Step.Add) s).criterion()));
    }

    /** The writing of one query: its generated names and the text of each part. */
    private static final class Rendering {
        private final LegacyQuery query;
        private final FileContext file;
        private final SourceText source;
        private final TypeNames types;
        private final StatementEdits statements;
        private final Map<String, String> joinVariables = new HashMap<>();
        private final String session;
        private final String sessionDeclaration;
        private final String cb;
        private final String cq;
        private final String root;
        private final String predicates;
        private final String orders;
        /** The root of the subquery being written, or null while writing the query itself. */
        private String subRoot;

        Rendering(LegacyQuery query, FileContext file) {
            this.query = query;
            this.file = file;
            this.source = file.source();
            this.types = file.typeNames();
            this.statements = new StatementEdits(source);
            MethodCallExpr at = query.site().creation();
            if (query.session().reusable()) {
                this.session = query.session().text();
                this.sessionDeclaration = null;
            } else {
                this.session = file.locals().fresh(at, "session");
                String type = query.session().type().map(t -> t.name()).orElseThrow();
                this.sessionDeclaration = types.of(type) + " " + session + " = " + query.session().text() + ";";
            }
            this.cb = file.locals().fresh(at, "cb");
            this.cq = file.locals().fresh(at, "cq");
            this.root = file.locals().fresh(at, "root");
            for (Step.Join join : query.joins()) {
                joinVariables.put(join.alias(), file.locals().fresh(at, join.alias() + "Join"));
            }
            boolean variable = query.site() instanceof QuerySite.Variable;
            this.predicates = variable && has(Step.Add.class) ? file.locals().fresh(at, "predicates") : null;
            this.orders = variable && has(Step.AddOrder.class) ? file.locals().fresh(at, "orders") : null;
        }

        private boolean has(Class<? extends Step> kind) {
            return query.steps().values().stream().anyMatch(kind::isInstance);
        }

        List<TextEdit> edits() throws Unsupported {
            List<TextEdit> edits = new ArrayList<>();
            List<Criterion.Accumulated> junctions = criteria(query).filter(Criterion.Accumulated.class::isInstance)
                    .map(Criterion.Accumulated.class::cast).toList();
            Statement first = query.site() instanceof QuerySite.Fluent fluent ? fluent.statement()
                    : ((QuerySite.Variable) query.site()).declaration();
            Statement anchor = first;
            for (Criterion.Accumulated junction : junctions) {
                anchor = earlier(anchor, junction.declaration(), first, "junction `" + junction.name() + "`");
                edits.addAll(junctionEdits(junction));
            }
            for (Criterion.Detached subquery : subqueries(query)) {
                anchor = earlier(anchor, subquery.declaration(), first, "DetachedCriteria `" + subquery.name() + "`");
                edits.add(statements.replace(subquery.declaration(), subqueryLines(subquery)));
                subquery.building().forEach(statement -> edits.add(statements.replace(statement, List.of())));
            }
            List<String> setup = setup();
            if (anchor != first) {
                edits.add(statements.insertBefore(anchor, setup));
                setup = new ArrayList<>();
            }
            if (query.site() instanceof QuerySite.Fluent fluent) {
                requireBlock(fluent.statement());
                setup.addAll(select(whereOf(fluent.calls()), ordersOf(fluent.calls())));
                edits.add(statements.insertBefore(fluent.statement(), setup));
                edits.add(statements.replace(fluent.terminal(), run()));
                return edits;
            }
            QuerySite.Variable variable = (QuerySite.Variable) query.site();
            requireBlock(variable.terminalStatement());
            List<String> declaration = setup;
            if (predicates != null) {
                declaration.add(listOf("Predicate", predicates));
            }
            if (orders != null) {
                declaration.add(listOf("Order", orders));
            }
            declaration.addAll(collected(variable.initializerCalls()));
            edits.add(statements.replace(variable.declaration(), declaration));
            for (QuerySite.StepStatement statement : variable.statements()) {
                edits.add(statements.replace(statement.statement(), collected(statement.calls())));
            }
            List<String> beforeRun = new ArrayList<>(collected(variable.terminalCalls()));
            String where = predicates == null ? "" : predicates + ".toArray(new " + type("Predicate") + "[0])";
            beforeRun.addAll(select(where, orders == null ? "" : orders));
            edits.add(statements.insertBefore(variable.terminalStatement(), beforeRun));
            edits.add(statements.replace(variable.terminal(), run()));
            return edits;
        }

        private String listOf(String element, String name) {
            return types.of("java.util.List") + "<" + type(element) + "> " + name + " = new "
                    + types.of("java.util.ArrayList") + "<>();";
        }

        /**
         * The property compared with a subquery, typed as the subquery's value: an ordering comparison
         * needs one type on both sides, and legacy compares in SQL whatever the Java types.
         */
        private String comparedWith(Criterion.SubqueryTest test) {
            if (!test.op().needsComparable()) {
                return path(test.path(), false);
            }
            return pathOwner(test.path()) + ".<" + types.of(test.subquery().selection().resultType()) + ">get(\""
                    + last(test.path()) + "\")";
        }

        /** Set-up statements go before the first statement the query is built by; all must share a block. */
        private Statement earlier(Statement anchor, Statement declaration, Statement first, String what) throws Unsupported {
            if (declaration.getParentNode().orElse(null) != first.getParentNode().orElse(null)) {
                throw new Unsupported(what + " declared in another block", "no single place for the query's set-up statements");
            }
            return source.start(declaration) < source.start(anchor) ? declaration : anchor;
        }

        /** {@code Subquery<T> sq = cq.subquery(T.class); Root<E> sqRoot = sq.from(E.class); sq.select(..).where(..);} */
        private List<String> subqueryLines(Criterion.Detached subquery) {
            String name = subquery.name();
            String resultType = types.of(subquery.selection().resultType());
            subRoot = file.locals().fresh(query.site().creation(), name + "Root");
            try {
                List<String> lines = new ArrayList<>();
                lines.add(type("Subquery") + "<" + resultType + "> " + name + " = " + cq + ".subquery(" + resultType + ".class);");
                lines.add(type("Root") + "<" + subquery.entity() + "> " + subRoot + " = " + name + ".from(" + subquery.entity() + ".class);");
                String where = subquery.where().stream().map(this::predicate).collect(Collectors.joining(", "));
                lines.add(name + ".select(" + selection(subquery.selection()) + ")" + (where.isEmpty() ? "" : ".where(" + where + ")") + ";");
                return lines;
            } finally {
                subRoot = null;
            }
        }

        /** The junction becomes a list of predicates, filled where it was. */
        private List<TextEdit> junctionEdits(Criterion.Accumulated junction) {
            List<TextEdit> edits = new ArrayList<>();
            List<String> declaration = new ArrayList<>();
            declaration.add(types.of("java.util.List") + "<" + type("Predicate") + "> " + junction.name() + " = new "
                    + types.of("java.util.ArrayList") + "<>();");
            junction.initial().forEach(c -> declaration.add(junction.name() + ".add(" + predicate(c) + ");"));
            edits.add(statements.replace(junction.declaration(), declaration));
            junction.statements().forEach((statement, parts) -> edits.add(statements.replace(statement,
                    parts.stream().map(c -> junction.name() + ".add(" + predicate(c) + ");").toList())));
            return edits;
        }

        private static void requireBlock(Statement statement) throws Unsupported {
            if (!(statement.getParentNode().orElse(null) instanceof BlockStmt)) {
                throw new Unsupported("query run in a statement without braces", "no place for the query's set-up statements");
            }
        }

        private List<String> setup() {
            List<String> lines = new ArrayList<>();
            if (sessionDeclaration != null) {
                lines.add(sessionDeclaration);
            }
            String resultType = query.rowTypeIn(types);
            lines.add(type("CriteriaBuilder") + " " + cb + " = " + session + ".getCriteriaBuilder();");
            lines.add(type("CriteriaQuery") + "<" + resultType + "> " + cq + " = " + cb + ".createQuery("
                    + query.rowClassIn(types, source) + ");");
            lines.add(type("Root") + "<" + query.entityIn(types) + "> " + root + " = " + cq + ".from("
                    + query.entityClassIn(types, source) + ");");
            for (Step.Fetch fetch : query.fetches()) {
                lines.add(root + ".fetch(\"" + fetch.path().names().get(0) + "\", " + type("JoinType") + ".LEFT);");
            }
            for (Step.Join join : query.joins()) {
                String target = types.of(join.path().property().target());
                String from = join.path().join() == null ? query.entityIn(types) : types.of(joinTargetOf(join.path().join()));
                String joinType = join.left() ? ", " + type("JoinType") + ".LEFT" : "";
                lines.add(type("Join") + "<" + from + ", " + target + "> " + joinVariables.get(join.alias()) + " = "
                        + pathOwner(join.path()) + ".join(\"" + join.path().names().get(join.path().names().size() - 1)
                        + "\"" + joinType + ");");
            }
            return lines;
        }

        private String joinTargetOf(String alias) {
            return query.joins().stream().filter(j -> j.alias().equals(alias)).findFirst().orElseThrow()
                    .path().property().target();
        }

        /**
         * {@code cq.select(..).distinct(true).where(..).groupBy(..).orderBy(..);}, one clause a line
         * when it does not fit on one.
         */
        private List<String> select(String where, String orderBy) {
            List<String> clauses = new ArrayList<>();
            Step.Projection projection = query.projection();
            if (projection == null) {
                clauses.add(".select(" + root + ")");
            } else if (projection.selections().size() == 1) {
                clauses.add(".select(" + selection(projection.selections().get(0)) + ")");
            } else {
                clauses.add(".multiselect(" + projection.selections().stream().map(this::selection)
                        .collect(Collectors.joining(", ")) + ")");
            }
            if (query.distinctRoot() || projection != null && projection.distinct()) {
                clauses.add(".distinct(true)");
            }
            if (!where.isEmpty()) {
                clauses.add(".where(" + where + ")");
            }
            if (projection != null && projection.grouped()) {
                clauses.add(".groupBy(" + projection.selections().stream()
                        .filter(s -> s.kind() == Step.Selection.Kind.GROUP)
                        .map(s -> path(s.path(), false)).collect(Collectors.joining(", ")) + ")");
            }
            if (!orderBy.isEmpty()) {
                clauses.add(".orderBy(" + orderBy + ")");
            }
            String oneLine = cq + String.join("", clauses) + ";";
            if (oneLine.length() <= LINE_LENGTH) {
                return List.of(oneLine);
            }
            List<String> lines = new ArrayList<>();
            lines.add(cq + clauses.get(0));
            clauses.subList(1, clauses.size()).forEach(c -> lines.add(CONTINUATION + c));
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ";");
            return lines;
        }

        private String run() {
            StringBuilder text = new StringBuilder(session).append(".createQuery(").append(cq).append(")");
            for (Step.Option option : query.options()) {
                text.append(".").append(option.method()).append("(").append(source.of(option.argument())).append(")");
            }
            return text.append(query.site().finisher().run()).toString();
        }

        /** The predicates of fluent {@code add} calls, comma-separated. */
        private String whereOf(List<MethodCallExpr> calls) {
            return calls.stream().map(query.steps()::get).filter(Step.Add.class::isInstance)
                    .map(s -> predicate(((Step.Add) s).criterion())).collect(Collectors.joining(", "));
        }

        private String ordersOf(List<MethodCallExpr> calls) {
            return calls.stream().map(query.steps()::get).filter(Step.AddOrder.class::isInstance)
                    .map(s -> order((Step.AddOrder) s)).collect(Collectors.joining(", "));
        }

        /** {@code predicates.add(..);} and {@code orders.add(..);} for the calls of one statement. */
        private List<String> collected(List<MethodCallExpr> calls) {
            List<String> lines = new ArrayList<>();
            for (MethodCallExpr call : calls) {
                Step step = query.steps().get(call);
                if (step instanceof Step.Add add) {
                    lines.add(predicates + ".add(" + predicate(add.criterion()) + ");");
                } else if (step instanceof Step.AddOrder order) {
                    lines.add(orders + ".add(" + order(order) + ");");
                }
            }
            return lines;
        }

        private String order(Step.AddOrder order) {
            String ordered = order.selection() != null ? selection(order.selection()) : path(order.path(), order.ignoreCase());
            String path = order.ignoreCase() ? cb + ".lower(" + ordered + ")" : ordered;
            return cb + (order.ascending() ? ".asc(" : ".desc(") + path + ")";
        }

        private String selection(Step.Selection selection) {
            return switch (selection.kind()) {
                case ROW_COUNT -> cb + ".count(" + (subRoot == null ? root : subRoot) + ")";
                case PROPERTY, GROUP, MIN, MAX, AVG -> aggregate(selection);
                case COUNT -> cb + ".count(" + path(selection.path(), false) + ")";
                case COUNT_DISTINCT -> cb + ".countDistinct(" + path(selection.path(), false) + ")";
                case SUM -> sum(selection);
            };
        }

        private String aggregate(Step.Selection selection) {
            String path = path(selection.path(), true);
            return switch (selection.kind()) {
                case MIN -> cb + ".min(" + path + ")";
                case MAX -> cb + ".max(" + path + ")";
                case AVG -> cb + ".avg(" + path + ")";
                default -> path;
            };
        }

        /** Legacy widens integer sums to Long and float sums to Double; {@code cb.sum} keeps the argument type. */
        private String sum(Step.Selection selection) {
            String property = selection.path().property().type();
            String function = switch (property) {
                case "java.lang.Integer" -> ".sumAsLong(";
                case "java.lang.Float" -> ".sumAsDouble(";
                default -> ".sum(";
            };
            return cb + function + path(selection.path(), true) + ")";
        }

        private String predicate(Criterion criterion) {
            if (criterion instanceof Criterion.Compare c && c.ignoreCase()) {
                return cb + "." + c.op().builderMethod + "(" + cb + ".lower(" + path(c.path(), true) + "), "
                        + LikePatterns.lowered(c.value(), source, file.facts(), types) + ")";
            }
            if (criterion instanceof Criterion.Compare c) {
                return cb + "." + c.op().builderMethod + "(" + path(c.path(), c.op().needsComparable()) + ", "
                        + source.of(c.value()) + ")";
            }
            if (criterion instanceof Criterion.Between b) {
                return cb + ".between(" + path(b.path(), true) + ", " + source.of(b.low()) + ", " + source.of(b.high()) + ")";
            }
            if (criterion instanceof Criterion.Like like) {
                return like(like);
            }
            if (criterion instanceof Criterion.NullCheck n) {
                return cb + (n.isNull() ? ".isNull(" : ".isNotNull(") + path(n.path(), false) + ")";
            }
            if (criterion instanceof Criterion.EmptyCheck e) {
                return cb + (e.isEmpty() ? ".isEmpty(" : ".isNotEmpty(") + collection(e.path()) + ")";
            }
            if (criterion instanceof Criterion.In in) {
                return path(in.path(), false) + ".in(" + source.of(in.values()) + ")";
            }
            if (criterion instanceof Criterion.SizeCompare size) {
                return cb + "." + size.op().builderMethod + "(" + cb + ".size(" + collection(size.path()) + "), "
                        + source.of(size.size()) + ")";
            }
            if (criterion instanceof Criterion.PropertyCompare p) {
                return cb + "." + p.op().builderMethod + "(" + path(p.left(), p.op().needsComparable()) + ", "
                        + path(p.right(), p.op().needsComparable()) + ")";
            }
            if (criterion instanceof Criterion.Junction j) {
                return j.parts().isEmpty() ? cb + ".conjunction()"
                        : cb + (j.conjunction() ? ".and(" : ".or(")
                        + j.parts().stream().map(this::predicate).collect(Collectors.joining(", ")) + ")";
            }
            if (criterion instanceof Criterion.SubqueryTest test) {
                String name = test.subquery().name();
                return switch (test.kind()) {
                    case IN -> path(test.path(), false) + ".in(" + name + ")";
                    case NOT_IN -> cb + ".not(" + path(test.path(), false) + ".in(" + name + "))";
                    case EXISTS -> cb + ".exists(" + name + ")";
                    case NOT_EXISTS -> cb + ".not(" + cb + ".exists(" + name + "))";
                    case EQ -> cb + ".equal(" + cb + ".literal(" + source.of(test.value()) + "), " + name + ")";
                    case COMPARE -> cb + "." + test.op().builderMethod + "(" + comparedWith(test) + ", " + name + ")";
                };
            }
            if (criterion instanceof Criterion.Accumulated a) {
                String combine = a.conjunction() ? ".and(" : ".or(";
                return a.name() + ".isEmpty() ? " + cb + ".conjunction() : " + cb + combine + a.name()
                        + ".toArray(new " + type("Predicate") + "[0]))";
            }
            return cb + ".not(" + predicate(((Criterion.Not) criterion).inner()) + ")";
        }

        private String like(Criterion.Like like) {
            String path = path(like.path(), true);
            String pattern = LikePatterns.pattern(like, source, file.facts(), types);
            return like.ignoreCase()
                    ? cb + ".like(" + cb + ".lower(" + path + "), " + pattern + ")"
                    : cb + ".like(" + path + ", " + pattern + ")";
        }

        /** {@code root.get("a").get("b")}, the last step typed ({@code .<Integer>get}) where comparisons need it. */
        private String path(PropertyRef path, boolean typed) {
            String typeArgument = typed ? "<" + types.of(path.property().type()) + ">" : "";
            return pathOwner(path) + "." + typeArgument + "get(\"" + last(path) + "\")";
        }

        /** {@code root.<Collection<?>>get("lines")}: the type {@code isEmpty} and {@code size} accept. */
        private String collection(PropertyRef path) {
            return pathOwner(path) + ".<" + types.of("java.util.Collection") + "<?>>get(\"" + last(path) + "\")";
        }

        private String pathOwner(PropertyRef path) {
            String start = path.join() != null ? joinVariables.get(path.join()) : subRoot != null && !path.outer() ? subRoot : root;
            StringBuilder text = new StringBuilder(start);
            for (int i = 0; i < path.names().size() - 1; i++) {
                text.append(".get(\"").append(path.names().get(i)).append("\")");
            }
            return text.toString();
        }

        private static String last(PropertyRef path) {
            return path.names().get(path.names().size() - 1);
        }

        private String type(String simpleName) {
            return types.of(file.namespace().criteriaPackage() + simpleName);
        }
    }
}
