package dev.ormlint.rules.java;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How large a loop is, from what it walks: a bulk load when its elements come from an unbounded
 * source (query or finder rows, through the project's own methods too; lines, records or nodes of
 * an imported file, CSV or JSON document; a result set or scroll; a page of a remote API), small
 * when it walks literals (written out, however many), enum values, one entity's own association
 * (the children of one aggregate, also as a project method copies them), a collection field of the
 * object itself or one object's chain of parents, and unknown otherwise: a collection handed in by
 * a caller, a range over a count.
 */
final class LoopSizes {

    enum Size { SMALL, BULK, UNKNOWN }

    private static final int MAX_DEPTH = 4;
    /** Element sources read from outside: files, CSV, JSON, message batches, remote pages. */
    private static final List<String> IMPORTED_TYPES = List.of(
            "org.apache.commons.csv.CSVParser", "com.opencsv.CSVReader", "com.fasterxml.jackson.databind.JsonNode",
            "com.fasterxml.jackson.databind.MappingIterator", "org.apache.kafka.clients.consumer.ConsumerRecords",
            "org.springframework.data.domain.Slice", "java.sql.ResultSet", "org.hibernate.ScrollableResults");
    private static final Set<String> READING_CALLS = Set.of("lines", "readAllLines", "readLine", "readNext", "readAll",
            "parse", "getRecords");
    /** Collection views and copies that have as many elements as their source. */
    private static final Set<String> SAME_SIZE_VIEWS = Set.of("stream", "parallelStream", "values", "keySet",
            "entrySet", "iterator", "asList");
    /** Stream steps that hand on some of a query's rows, each still a managed entity. */
    private static final Set<String> ROW_STREAM_STEPS = Set.of("stream", "filter", "sorted", "distinct", "limit");
    private static final List<String> COLLECTIONS = List.of("java.util.Collection", "java.util.Map");

    private LoopSizes() {
    }

    /** The size of the loops around one statement: bulk if one is, small if all are. */
    static Size of(List<Loops.Loop> loops, TypeFacts types) {
        List<Size> sizes = loops.stream().map(loop -> of(loop, types)).toList();
        return sizes.contains(Size.BULK) ? Size.BULK
                : sizes.stream().allMatch(s -> s == Size.SMALL) ? Size.SMALL : Size.UNKNOWN;
    }

    static Size of(Loops.Loop loop, TypeFacts types) {
        if (Loops.isBounded(loop, types)) {
            return Size.SMALL;
        }
        if (loop.node() instanceof WhileStmt || loop.node() instanceof DoStmt) {
            return readsRecords(loop, types) ? Size.BULK : walksUpParents(loop) ? Size.SMALL : Size.UNKNOWN;
        }
        return loop.iterable().map(source -> of(source, types, 0)).orElse(Size.UNKNOWN);
    }

    /** Whether the loop condition reads the next line or record of a reader, a result set or a scroll. */
    private static boolean readsRecords(Loops.Loop loop, TypeFacts types) {
        Expression condition = loop.node() instanceof WhileStmt w ? w.getCondition() : ((DoStmt) loop.node()).getCondition();
        return condition.findAll(MethodCallExpr.class).stream().anyMatch(call -> READING_CALLS.contains(call.getNameAsString())
                || call.getNameAsString().equals("next") && call.getScope().map(s -> isImported(s, types)).orElse(false));
    }

    private static boolean isEmptyCollection(Expression value) {
        return value instanceof ObjectCreationExpr creation && creation.getArguments().isEmpty();
    }

    /**
     * A collection field of the object the code runs in, created empty or set nowhere the type shows
     * (the object fills it itself): the object's own collection, as many as one object holds (a screen's rows, a
     * planning state's resources).
     */
    private static Size ownCollection(NameExpr name) {
        return Locals.isField(name) ? Size.SMALL : Size.UNKNOWN;
    }

    /**
     * Whether the loop climbs from an object to its parent while there is one
     * ({@code while (parent != null) { ..; parent = parent.getParent(); }}): as many times as a tree is deep.
     */
    private static boolean walksUpParents(Loops.Loop loop) {
        if (!(loop.node() instanceof WhileStmt loopStmt) || !(loopStmt.getCondition() instanceof BinaryExpr condition)
                || condition.getOperator() != BinaryExpr.Operator.NOT_EQUALS || !condition.getRight().isNullLiteralExpr()
                || !(condition.getLeft() instanceof NameExpr walked)) {
            return false;
        }
        String name = walked.getNameAsString();
        return loop.body().findAll(AssignExpr.class).stream().anyMatch(a -> a.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(name) && a.getValue() instanceof MethodCallExpr step
                && step.getArguments().isEmpty() && step.getScope().filter(s -> s instanceof NameExpr n
                        && n.getNameAsString().equals(name)).isPresent());
    }

    private static Size of(Expression source, TypeFacts types, int depth) {
        if (depth > MAX_DEPTH) {
            return Size.UNKNOWN;
        }
        if (source instanceof EnclosedExpr enclosed) {
            return of(enclosed.getInner(), types, depth);
        }
        if (source instanceof CastExpr cast) {
            return of(cast.getExpression(), types, depth);
        }
        if (source instanceof NameExpr name) {
            Optional<List<Expression>> values = Locals.valuesOf(name);
            if (values.isEmpty() || values.get().isEmpty()) {
                return isImported(name, types) ? Size.BULK : ownCollection(name);
            }
            List<Size> sizes = values.get().stream().map(v -> of(v, types, depth + 1)).toList();
            if (sizes.contains(Size.BULK)) {
                return Size.BULK;
            }
            return sizes.stream().allMatch(s -> s == Size.SMALL) ? Size.SMALL
                    : values.get().stream().allMatch(LoopSizes::isEmptyCollection) ? ownCollection(name) : Size.UNKNOWN;
        }
        if (source instanceof ObjectCreationExpr copy && copy.getArguments().size() == 1
                && types.isOfType(copy, "java.util.Collection")) {
            return of(copy.getArgument(0), types, depth);
        }
        if (!(source instanceof MethodCallExpr call)) {
            return Size.UNKNOWN;
        }
        if (isQueryRows(call, types) || isImported(call, types) || READING_CALLS.contains(call.getNameAsString())) {
            return Size.BULK;
        }
        if (SAME_SIZE_VIEWS.contains(call.getNameAsString()) && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            return of(call.getScope().get(), types, depth);
        }
        return isAssociation(call, types) || Loops.isLiteralCollection(call, types) || copiesAssociation(call, types)
                ? Size.SMALL : Size.UNKNOWN;
    }

    /**
     * A collection a method makes from one object's association and other values it is handed ({@code copySet(copy, original.getSections(), Section::copyOf)}): as many as that
     * object holds.
     */
    private static boolean copiesAssociation(MethodCallExpr call, TypeFacts types) {
        return COLLECTIONS.stream().anyMatch(c -> types.isOfType(call, c))
                && call.getArguments().stream().anyMatch(a -> a instanceof MethodCallExpr m && isAssociation(m, types))
                && call.getArguments().stream().noneMatch(a -> a instanceof MethodCallExpr m
                        && (isQueryRows(m, types) || isImported(m, types)));
    }

    /** Rows of a query or finder, directly or returned by a method of the project ({@code store.getAll()}). */
    static boolean isQueryRows(Expression source, TypeFacts types) {
        return rowsOf(source, types).isPresent();
    }

    /**
     * The call whose rows {@code source} is: a query or finder ({@link QueryResults#queryOf}), or a
     * method of the project whose summary returns query rows, seen through variables every value of
     * which is such rows, copies, and stream steps that keep rows rows.
     */
    static Optional<MethodCallExpr> rowsOf(Expression source, TypeFacts types) {
        Optional<MethodCallExpr> query = QueryResults.queryOf(source, types);
        if (query.isPresent()) {
            return query;
        }
        if (source instanceof NameExpr name) {
            Optional<List<Expression>> values = Locals.valuesOf(name);
            if (values.isEmpty() || values.get().isEmpty() || values.get().stream().anyMatch(v -> v instanceof NameExpr)) {
                return Optional.empty();
            }
            List<Optional<MethodCallExpr>> rows = values.get().stream().map(v -> rowsOf(v, types)).toList();
            return rows.stream().allMatch(Optional::isPresent) ? rows.get(0) : Optional.empty();
        }
        if (source instanceof ObjectCreationExpr copy && copy.getArguments().size() == 1) {
            return rowsOf(copy.getArgument(0), types);
        }
        if (!(source instanceof MethodCallExpr call)) {
            return Optional.empty();
        }
        if (ROW_STREAM_STEPS.contains(call.getNameAsString()) && call.getScope().isPresent()) {
            return rowsOf(call.getScope().get(), types);
        }
        Optional<TypeRef> receiver = call.getScope().isPresent() ? types.typeOf(call.getScope().get())
                : types.enclosingTypeName(call).map(TypeRef::of);
        return receiver.filter(r -> types.index().summary(r, call.getNameAsString(), call.getArguments().size())
                .returnsQueryRows()).map(r -> call);
    }

    private static boolean isImported(Expression source, TypeFacts types) {
        Optional<TypeRef> type = types.typeOf(source);
        return IMPORTED_TYPES.stream().anyMatch(t -> types.isSubtype(type, t));
    }

    /**
     * A getter that returns a collection of one object: {@code order.getItems()} on an entity, or on a
     * class of the project that holds the collection in a field of the getter's name ({@code items}),
     * walks the children of one aggregate, as many as one object holds. Entities mapped in
     * {@code hbm.xml} are such classes too.
     */
    private static boolean isAssociation(MethodCallExpr call, TypeFacts types) {
        String name = call.getNameAsString();
        if (!call.getArguments().isEmpty() || call.getScope().isEmpty() || !name.startsWith("get") || name.length() < 4
                || COLLECTIONS.stream().noneMatch(c -> types.isOfType(call, c))) {
            return false;
        }
        Optional<TypeRef> owner = types.typeOf(call.getScope().get());
        String field = Character.toLowerCase(name.charAt(3)) + name.substring(4);
        return owner.filter(o -> Entities.isEntity(o, types.index())
                || types.index().fieldType(o, field).isPresent() && types.index().isDeclaredInSources(o.name())).isPresent();
    }
}
