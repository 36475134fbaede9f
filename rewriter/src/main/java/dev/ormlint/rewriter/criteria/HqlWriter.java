package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.Statement;
import dev.ormlint.analyzer.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a legacy query as one HQL string with named parameters, run by
 * {@code session.createQuery(hql, X.class)}. Only queries whose shape is fixed can be written so:
 * restrictions added under a condition need {@code --style criteria}.
 */
final class HqlWriter implements QueryWriter {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("select", "from", "where", "order", "by", "group", "having",
            "join", "left", "right", "inner", "outer", "full", "cross", "fetch", "as", "and", "or", "not", "in", "is",
            "null", "like", "between", "distinct", "all", "any", "some", "exists", "case", "when", "then", "else", "end",
            "new", "member", "of", "empty", "asc", "desc", "on", "with", "set", "update", "delete", "insert", "into",
            "escape", "true", "false", "element", "elements", "index", "indices", "size", "minelement", "maxelement",
            "key", "value", "entry", "treat", "limit", "offset", "union", "intersect", "except");
    private static final String CONTINUATION = "        ";

    @Override
    public List<TextEdit> write(LegacyQuery query, FileContext file) throws Unsupported {
        SessionAccess.require(query.session(), file.facts().index(), "createQuery/2");
        query.requireRunsOn(file.namespace());
        if (query.runtimeClass() != null) {
            // "from X" also returns the rows of X's subclasses, which the run-time class may be
            throw new Unsupported("createCriteria(" + query.runtimeClass() + ")",
                    "--style hql names one entity, the class is known only at run time; use --style criteria");
        }
        Optional<Criterion.Accumulated> junction = CriteriaWriter.criteria(query)
                .filter(Criterion.Accumulated.class::isInstance).map(Criterion.Accumulated.class::cast).findFirst();
        if (junction.isPresent()) {
            throw new Unsupported("junction `" + junction.get().name() + "` built across statements",
                    "--style hql writes one fixed query string; use --style criteria");
        }
        StatementEdits statements = new StatementEdits(file.source());
        List<TextEdit> edits = new ArrayList<>();
        Statement terminalStatement;
        if (query.site() instanceof QuerySite.Variable variable) {
            requireFixedShape(query, variable);
            edits.add(statements.replace(variable.declaration(), List.of()));
            for (QuerySite.StepStatement statement : variable.statements()) {
                edits.add(statements.replace(statement.statement(), List.of()));
            }
            terminalStatement = variable.terminalStatement();
        } else {
            terminalStatement = ((QuerySite.Fluent) query.site()).statement();
        }
        for (Criterion.Detached subquery : CriteriaWriter.subqueries(query)) {
            for (Criterion criterion : subquery.where()) {
                for (Expression value : values(criterion)) {
                    if (!QueryReader.isStable(value, subquery.declaration().getParentNode().orElseThrow())) {
                        throw new Unsupported("value `" + value + "`", "value may change between add() and the query run");
                    }
                }
            }
            edits.add(statements.replace(subquery.declaration(), List.of()));
            subquery.building().forEach(statement -> edits.add(statements.replace(statement, List.of())));
        }
        String indent = file.source().indentOf(terminalStatement) + CONTINUATION;
        edits.add(statements.replace(query.site().terminal(), new Rendering(query, file).run(indent)));
        return edits;
    }

    private static void requireFixedShape(LegacyQuery query, QuerySite.Variable variable) throws Unsupported {
        if (variable.statements().stream().anyMatch(QuerySite.StepStatement::conditional)) {
            throw new Unsupported("criteria changed inside a condition or loop",
                    "--style hql writes one fixed query string; use --style criteria");
        }
        if (!query.session().reusable()) {
            throw new Unsupported("session `" + query.session() + "`", "session expression would move to where the query runs");
        }
        for (Step step : query.steps().values()) {
            if (step instanceof Step.Add add) {
                for (Expression value : values(add.criterion())) {
                    if (!QueryReader.isStable(value, variable.declaration().getParentNode().orElseThrow())) {
                        throw new Unsupported("value `" + value + "`", "value may change between add() and the query run");
                    }
                }
            }
        }
    }

    private static List<Expression> values(Criterion criterion) {
        return Criterion.walk(criterion).flatMap(c -> ownValues(c).stream()).toList();
    }

    private static List<Expression> ownValues(Criterion criterion) {
        if (criterion instanceof Criterion.Compare c) {
            return List.of(c.value());
        }
        if (criterion instanceof Criterion.Between b) {
            return List.of(b.low(), b.high());
        }
        if (criterion instanceof Criterion.Like l) {
            return List.of(l.value());
        }
        if (criterion instanceof Criterion.In in) {
            return List.of(in.values());
        }
        if (criterion instanceof Criterion.SizeCompare size) {
            return List.of(size.size());
        }
        if (criterion instanceof Criterion.SubqueryTest test && test.value() != null) {
            return List.of(test.value());
        }
        return List.of();
    }

    /** The writing of one query: its aliases, its parameters in order, its HQL. */
    private static final class Rendering {
        private final LegacyQuery query;
        private final FileContext file;
        private final String alias;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<String, Boolean> listParameters = new LinkedHashMap<>();
        /** The alias of the subquery being written, or null while writing the query itself. */
        private String subAlias;

        Rendering(LegacyQuery query, FileContext file) throws Unsupported {
            this.query = query;
            this.file = file;
            for (Step.Join join : query.joins()) {
                if (!IDENTIFIER.matcher(join.alias()).matches() || RESERVED.contains(join.alias().toLowerCase())) {
                    throw new Unsupported("createAlias(.., \"" + join.alias() + "\")", "alias is not a valid HQL identifier");
                }
            }
            this.alias = rootAlias();
        }

        private String rootAlias() {
            String wanted = query.rootAlias();
            if (wanted == null || !IDENTIFIER.matcher(wanted).matches() || RESERVED.contains(wanted.toLowerCase())) {
                wanted = TypeNames.simple(query.entityType()).substring(0, 1).toLowerCase();
            }
            String name = wanted;
            for (int i = 2; isJoinAlias(name) || RESERVED.contains(name); i++) {
                name = wanted + i;
            }
            return name;
        }

        private boolean isJoinAlias(String name) {
            return query.joins().stream().anyMatch(j -> j.alias().equals(name));
        }

        String run(String indent) {
            String hql = hql();
            String resultType = query.rowTypeIn(file.typeNames());
            StringBuilder text = new StringBuilder(query.session().text())
                    .append(".createQuery(").append(literal(hql)).append(", ").append(resultType).append(".class)");
            List<String> calls = new ArrayList<>();
            parameters.forEach((name, value) -> calls.add((listParameters.get(name) ? ".setParameterList(\"" : ".setParameter(\"")
                    + name + "\", " + value + ")"));
            for (Step.Option option : query.options()) {
                calls.add("." + option.method() + "(" + file.source().of(option.argument()) + ")");
            }
            String separator = calls.isEmpty() ? "" : file.source().lineSeparator() + indent;
            calls.forEach(call -> text.append(separator).append(call));
            return text.append(separator).append(query.site().finisher().run()).toString();
        }

        private String hql() {
            StringBuilder hql = new StringBuilder("select ");
            Step.Projection projection = query.projection();
            if (query.distinctRoot() || projection != null && projection.distinct()) {
                hql.append("distinct ");
            }
            hql.append(projection == null ? alias
                    : projection.selections().stream().map(this::selection).collect(Collectors.joining(", ")));
            hql.append(" from ").append(file.model().entityName(query.entityType())).append(" ").append(alias);
            for (Step.Fetch fetch : query.fetches()) {
                hql.append(" left join fetch ").append(path(fetch.path()));
            }
            for (Step.Join join : query.joins()) {
                hql.append(join.left() ? " left join " : " join ").append(path(join.path())).append(" ").append(join.alias());
            }
            List<MethodCallExpr> calls = query.site().calls();
            String where = calls.stream().map(query.steps()::get).filter(Step.Add.class::isInstance)
                    .map(s -> condition(((Step.Add) s).criterion())).collect(Collectors.joining(" and "));
            if (!where.isEmpty()) {
                hql.append(" where ").append(where);
            }
            if (projection != null && projection.grouped()) {
                hql.append(" group by ").append(projection.selections().stream()
                        .filter(s -> s.kind() == Step.Selection.Kind.GROUP).map(s -> path(s.path()))
                        .collect(Collectors.joining(", ")));
            }
            String orderBy = calls.stream().map(query.steps()::get).filter(Step.AddOrder.class::isInstance)
                    .map(s -> order((Step.AddOrder) s)).collect(Collectors.joining(", "));
            if (!orderBy.isEmpty()) {
                hql.append(" order by ").append(orderBy);
            }
            return hql.toString();
        }

        private String selection(Step.Selection selection) {
            return switch (selection.kind()) {
                case ROW_COUNT -> "count(*)";
                case PROPERTY, GROUP -> path(selection.path());
                case COUNT -> "count(" + path(selection.path()) + ")";
                case COUNT_DISTINCT -> "count(distinct " + path(selection.path()) + ")";
                case SUM -> "sum(" + path(selection.path()) + ")";
                case AVG -> "avg(" + path(selection.path()) + ")";
                case MIN -> "min(" + path(selection.path()) + ")";
                case MAX -> "max(" + path(selection.path()) + ")";
            };
        }

        private String order(Step.AddOrder order) {
            String ordered = order.selection() != null ? selection(order.selection()) : path(order.path());
            String path = order.ignoreCase() ? "lower(" + ordered + ")" : ordered;
            return path + (order.ascending() ? " asc" : " desc");
        }

        private String condition(Criterion criterion) {
            if (criterion instanceof Criterion.Compare c && c.ignoreCase()) {
                return "lower(" + path(c.path()) + ") " + c.op().hql + " :" + parameter(c.path(),
                        LikePatterns.lowered(c.value(), file.source(), file.facts(), file.typeNames()), false);
            }
            if (criterion instanceof Criterion.Compare c) {
                return path(c.path()) + " " + c.op().hql + " :" + parameter(c.path(), c.value());
            }
            if (criterion instanceof Criterion.Between b) {
                return path(b.path()) + " between :" + parameter(b.path(), b.low()) + " and :" + parameter(b.path(), b.high());
            }
            if (criterion instanceof Criterion.Like l) {
                String pattern = LikePatterns.pattern(l, file.source(), file.facts(), file.typeNames());
                return (l.ignoreCase() ? "lower(" + path(l.path()) + ")" : path(l.path())) + " like :"
                        + parameter(l.path(), pattern, false);
            }
            if (criterion instanceof Criterion.NullCheck n) {
                return path(n.path()) + (n.isNull() ? " is null" : " is not null");
            }
            if (criterion instanceof Criterion.EmptyCheck e) {
                return path(e.path()) + (e.isEmpty() ? " is empty" : " is not empty");
            }
            if (criterion instanceof Criterion.In in) {
                return path(in.path()) + " in (:" + parameter(in.path(), file.source().of(in.values()), true) + ")";
            }
            if (criterion instanceof Criterion.PropertyCompare p) {
                return path(p.left()) + " " + p.op().hql + " " + path(p.right());
            }
            if (criterion instanceof Criterion.SizeCompare size) {
                return "size(" + path(size.path()) + ") " + size.op().hql + " :"
                        + parameter(size.path().names().get(size.path().names().size() - 1) + "Size",
                        file.source().of(size.size()), false);
            }
            if (criterion instanceof Criterion.Junction j) {
                return junction(j);
            }
            if (criterion instanceof Criterion.SubqueryTest test) {
                return switch (test.kind()) {
                    case IN -> path(test.path()) + " in " + subquery(test.subquery());
                    case NOT_IN -> path(test.path()) + " not in " + subquery(test.subquery());
                    case EXISTS -> "exists " + subquery(test.subquery());
                    case NOT_EXISTS -> "not exists " + subquery(test.subquery());
                    case EQ -> ":" + parameter("value", file.source().of(test.value()), false) + " = " + subquery(test.subquery());
                    case COMPARE -> path(test.path()) + " " + test.op().hql + " " + subquery(test.subquery());
                };
            }
            return "not (" + condition(((Criterion.Not) criterion).inner()) + ")";
        }

        /** Legacy renders an empty junction, conjunction or disjunction, as {@code 1=1}. */
        private String junction(Criterion.Junction junction) {
            if (junction.parts().isEmpty()) {
                return "1=1";
            }
            return "(" + junction.parts().stream().map(this::condition)
                    .collect(Collectors.joining(junction.conjunction() ? " and " : " or ")) + ")";
        }

        private String parameter(PropertyRef path, Expression value) {
            return parameter(path, file.source().of(value), false);
        }

        private String parameter(PropertyRef path, String valueText, boolean list) {
            return parameter(path.names().get(path.names().size() - 1), valueText, list);
        }

        private String parameter(String wanted, String valueText, boolean list) {
            String name = wanted;
            for (int i = 2; parameters.containsKey(name); i++) {
                name = wanted + i;
            }
            parameters.put(name, valueText);
            listParameters.put(name, list);
            return name;
        }

        private String path(PropertyRef path) {
            String start = path.join() != null ? path.join() : subAlias != null && !path.outer() ? subAlias : alias;
            return start + "." + path.dotted();
        }

        /** {@code (select o.customer.id from PurchaseOrder o where ..)}, correlated through the outer aliases. */
        private String subquery(Criterion.Detached subquery) {
            String wanted = subquery.alias() != null && IDENTIFIER.matcher(subquery.alias()).matches()
                    && !RESERVED.contains(subquery.alias().toLowerCase()) ? subquery.alias()
                    : TypeNames.simple(subquery.entityType()).substring(0, 1).toLowerCase();
            String name = wanted;
            for (int i = 2; name.equals(alias) || isJoinAlias(name) || RESERVED.contains(name); i++) {
                name = wanted + i;
            }
            subAlias = name;
            try {
                String where = subquery.where().stream().map(this::condition).collect(Collectors.joining(" and "));
                return "(select " + selection(subquery.selection()) + " from " + file.model().entityName(subquery.entityType())
                        + " " + name + (where.isEmpty() ? "" : " where " + where) + ")";
            } finally {
                subAlias = null;
            }
        }

        private static String literal(String hql) {
            return "\"" + hql.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
