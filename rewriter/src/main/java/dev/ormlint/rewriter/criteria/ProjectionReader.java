package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a legacy {@code Projections} expression. Result types follow legacy Hibernate: counts are
 * {@code Long}, {@code avg} is {@code Double}, {@code sum} widens integers to {@code Long} and
 * floats to {@code Double}, {@code min}/{@code max} keep the property type.
 */
final class ProjectionReader {

    private static final Set<String> INTEGRAL = Set.of("java.lang.Integer", "java.lang.Long");
    private static final Set<String> FLOATING = Set.of("java.lang.Double", "java.lang.Float");
    /** Legacy averages these as doubles (Hibernate 5 casts the argument); Hibernate 6 would average the decimals. */
    static final Set<String> DECIMAL = Set.of("java.math.BigDecimal", "java.math.BigInteger");

    private final LegacyApi api;
    private final PathResolver paths;

    ProjectionReader(LegacyApi api, PathResolver paths) {
        this.api = api;
        this.paths = paths;
    }

    Step.Projection read(Expression expression) throws Unsupported {
        if (expression instanceof MethodCallExpr call && api.isStaticOf(call, LegacyApi.PROJECTIONS)
                && call.getNameAsString().equals("distinct") && call.getArguments().size() == 1) {
            return new Step.Projection(list(call.getArgument(0)), true);
        }
        return new Step.Projection(list(expression), false);
    }

    private List<Step.Selection> list(Expression expression) throws Unsupported {
        List<Expression> items = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        Expression e = expression;
        while (e instanceof MethodCallExpr call && call.getNameAsString().equals("add") && call.getScope().isPresent()) {
            if (call.getArguments().size() == 2 && !call.getArgument(1).isStringLiteralExpr()
                    || call.getArguments().size() > 2) {
                throw new Unsupported("ProjectionList.add(.., alias)", "projection alias computed at run time");
            }
            items.add(0, call.getArgument(0));
            aliases.add(0, call.getArguments().size() == 2 ? call.getArgument(1).asStringLiteralExpr().asString() : null);
            e = call.getScope().get();
        }
        if (e instanceof MethodCallExpr call && api.isStaticOf(call, LegacyApi.PROJECTIONS)
                && call.getNameAsString().equals("projectionList")) {
            if (items.isEmpty()) {
                throw new Unsupported("Projections.projectionList()", "empty projection list");
            }
        } else if (items.isEmpty()) {
            items.add(e);
            aliases.add(null);
        } else {
            throw new Unsupported("projection `" + e + "`", "projection built outside the query");
        }
        List<Step.Selection> selections = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Step.Selection selection = selection(items.get(i));
            selections.add(aliases.get(i) == null ? selection : selection.named(aliases.get(i)));
        }
        return selections;
    }

    private Step.Selection selection(Expression expression) throws Unsupported {
        if (expression instanceof MethodCallExpr call && call.getNameAsString().equals("forName")
                && api.isStaticOf(call, "org.hibernate.criterion.Property") && call.getArguments().size() == 1) {
            return valued(Step.Selection.Kind.PROPERTY, call);
        }
        if (!(expression instanceof MethodCallExpr call) || !api.isStaticOf(call, LegacyApi.PROJECTIONS)) {
            throw new Unsupported("projection `" + expression + "`", "projection other than Projections.*");
        }
        String name = call.getNameAsString();
        if (name.equals("alias") && call.getArguments().size() == 2 && call.getArgument(1).isStringLiteralExpr()) {
            return selection(call.getArgument(0)).named(call.getArgument(1).asStringLiteralExpr().asString());
        }
        if (name.equals("rowCount") && call.getArguments().isEmpty()) {
            return new Step.Selection(Step.Selection.Kind.ROW_COUNT, null, "java.lang.Long");
        }
        if (name.equals("id") && call.getArguments().isEmpty()) {
            String id = paths.model().idProperty(paths.currentEntityType())
                    .orElseThrow(() -> new Unsupported("Projections.id()", "identifier property unknown or composite"));
            PropertyRef path = paths.resolve(id);
            return new Step.Selection(Step.Selection.Kind.PROPERTY, path, path.property().type());
        }
        if (call.getArguments().size() != 1) {
            throw new Unsupported("Projections." + name, "projection not migrated yet");
        }
        return switch (name) {
            case "property" -> valued(Step.Selection.Kind.PROPERTY, call);
            case "groupProperty" -> valued(Step.Selection.Kind.GROUP, call);
            case "min" -> comparable(Step.Selection.Kind.MIN, call);
            case "max" -> comparable(Step.Selection.Kind.MAX, call);
            case "count" -> new Step.Selection(Step.Selection.Kind.COUNT, paths.resolve(call.getArgument(0)), "java.lang.Long");
            case "countDistinct" -> new Step.Selection(Step.Selection.Kind.COUNT_DISTINCT,
                    paths.resolve(call.getArgument(0)), "java.lang.Long");
            case "avg" -> average(call);
            case "sum" -> sum(call);
            case "alias" -> throw new Unsupported("Projections.alias", "projection alias computed at run time");
            case "sqlProjection", "sqlGroupProjection" -> throw new Unsupported("Projections." + name, "SQL fragment");
            default -> throw new Unsupported("Projections." + name, "projection not migrated yet");
        };
    }

    private Step.Selection valued(Step.Selection.Kind kind, MethodCallExpr call) throws Unsupported {
        PropertyRef path = paths.resolve(call.getArgument(0));
        if (path.property().collection()) {
            throw new Unsupported("Projections." + call.getNameAsString() + "(\"" + path.dotted() + "\")",
                    "projection of a collection");
        }
        return new Step.Selection(kind, path, path.property().type());
    }

    private Step.Selection comparable(Step.Selection.Kind kind, MethodCallExpr call) throws Unsupported {
        Step.Selection selection = valued(kind, call);
        String type = selection.resultType();
        if (!INTEGRAL.contains(type) && !FLOATING.contains(type) && !DECIMAL.contains(type)) {
            throw new Unsupported("Projections." + call.getNameAsString() + "(\"" + selection.path().dotted() + "\")",
                    "min/max of a non-numeric property");
        }
        return selection;
    }

    private PropertyRef numeric(MethodCallExpr call) throws Unsupported {
        PropertyRef path = paths.resolve(call.getArgument(0));
        String type = path.property().type();
        if (!INTEGRAL.contains(type) && !FLOATING.contains(type) && !DECIMAL.contains(type)) {
            throw new Unsupported("Projections." + call.getNameAsString() + "(\"" + path.dotted() + "\")",
                    "aggregate of a property of type " + type);
        }
        return path;
    }

    /**
     * Hibernate 5 averages a decimal column in double precision on some dialects (H2 casts the
     * argument) and exactly on others (PostgreSQL), so the last digits of the legacy result depend on
     * the database; no single Hibernate 6 expression reproduces both, and a migration must not change
     * results silently.
     */
    private Step.Selection average(MethodCallExpr call) throws Unsupported {
        PropertyRef path = numeric(call);
        if (DECIMAL.contains(path.property().type())) {
            throw new Unsupported("Projections.avg(\"" + path.dotted() + "\")",
                    "average of a decimal property: Hibernate 5's result depends on the database dialect");
        }
        return new Step.Selection(Step.Selection.Kind.AVG, path, "java.lang.Double");
    }

    private Step.Selection sum(MethodCallExpr call) throws Unsupported {
        PropertyRef path = numeric(call);
        String type = path.property().type();
        String result = INTEGRAL.contains(type) ? "java.lang.Long" : FLOATING.contains(type) ? "java.lang.Double" : type;
        return new Step.Selection(Step.Selection.Kind.SUM, path, result);
    }
}
