package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.rewriter.sqlalchemy.QueryChain.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one {@code session.query(...)} chain into its 2.0 form with edits that touch only the
 * chain's own tokens: {@code .query} becomes {@code .scalars(select} (one full entity) or
 * {@code .execute(select} (rows), {@code filter} becomes {@code where}, and the terminal decides what
 * closes the statement. The faithful forms were found by running both on SQLAlchemy 2.0 (the
 * differential harness): a single-entity Query de-duplicates its rows, so a join gets {@code .unique()};
 * {@code first()} keeps its LIMIT 1; {@code scalar()} raises on several rows, as
 * {@code scalar_one_or_none()} does; {@code q[i]} raises IndexError, as {@code .all()[i]} does.
 */
final class ChainRewriter {

    /** Building steps that are the same method on a Select, or renamed (filter -> where). */
    private static final Map<String, String> SAME_ON_SELECT = Map.ofEntries(
            Map.entry("filter", "where"), Map.entry("where", "where"), Map.entry("filter_by", "filter_by"),
            Map.entry("order_by", "order_by"), Map.entry("limit", "limit"), Map.entry("offset", "offset"),
            Map.entry("distinct", "distinct"), Map.entry("join", "join"), Map.entry("outerjoin", "outerjoin"),
            Map.entry("select_from", "select_from"), Map.entry("group_by", "group_by"), Map.entry("having", "having"),
            Map.entry("options", "options"), Map.entry("execution_options", "execution_options"),
            Map.entry("with_for_update", "with_for_update"), Map.entry("correlate", "correlate"),
            Map.entry("add_columns", "add_columns"));

    /** Query methods that are one ORM execution option on a Select: method -> option. */
    private static final Map<String, String> EXECUTION_OPTIONS = Map.of("yield_per", "yield_per", "autoflush", "autoflush",
            "populate_existing", "populate_existing");

    private static final Set<String> REMOVED_IN_2_0 = Set.of("from_self", "select_entity_from", "values", "value",
            "as_scalar", "with_parent", "instances", "merge_result", "select_from_entity");

    /** Steps after which a single-entity legacy Query returns each entity once where a Select returns it per row. */
    private static final Set<String> MAY_REPEAT_ROWS = Set.of("join", "outerjoin", "select_from");

    private final SelectedEntities entities;

    ChainRewriter(SelectedEntities entities) {
        this.entities = entities;
    }

    /** A chain that starts at {@code session.query(...)} or Flask-SQLAlchemy's {@code Model.query} and ends in the same expression. */
    Rewrite rewrite(QueryChain chain, Spelling spelling) {
        if (chain.origin().is("attribute")) {
            return rewriteModelQuery(chain, spelling);
        }
        Head.Origin head = new Head.Origin(chain.origin().child("function").orElseThrow());
        Optional<Rewrite.Left> unsupported = unsupportedStep(chain);
        if (unsupported.isPresent()) {
            return unsupported.get();
        }
        Edits edits = new Edits(spelling);
        PyNode queryArguments = chain.origin().child("arguments").orElseThrow();
        List<PyNode> selected = selected(chain, queryArguments, edits);
        renameSteps(chain, edits);
        return kind(List.of(chain), selected)
                .map(kind -> new Ending(chain, head, edits, kind.oneEntity(), kind.unique(), kind.selected()).write())
                .orElseGet(() -> left(selected, queryArguments));
    }

    private Rewrite rewriteModelQuery(QueryChain chain, Spelling spelling) {
        PyNode model = chain.origin().child("object").orElseThrow();
        if (spelling.flaskSession().isEmpty()) {
            return new Rewrite.Left(model.text() + ".query", "no Flask-SQLAlchemy object (db = SQLAlchemy()) is imported in this file");
        }
        Optional<Rewrite.Left> unsupported = unsupportedStep(chain);
        if (unsupported.isPresent()) {
            return unsupported.get();
        }
        Edits edits = new Edits(spelling);
        renameSteps(chain, edits);
        List<PyNode> selected = List.of(model);
        String selection = model.text();
        for (Step step : chain.building()) {
            if (step.method().equals("with_entities")) {
                // Model.query.with_entities(cols) is select(cols): the model's own selection is replaced
                selection = inner(step.arguments());
                selected = ChainReader.arguments(step.arguments());
                edits.delete(previousEnd(chain, step), step.call().endIndex());
            }
        }
        Head head = new Head.ModelQuery(chain.origin(), model, selection, spelling.flaskSession().get());
        return kind(List.of(chain), selected)
                .map(kind -> new Ending(chain, head, edits, kind.oneEntity(), kind.unique(), kind.selected()).write())
                .orElseGet(() -> new Rewrite.Left(model.text() + ".query", "cannot tell whether `" + model.text() + "` is a mapped class"));
    }

    /** What the chain selects: the query's arguments, or those of a with_entities() that replaces them (moved into the select). */
    private static List<PyNode> selected(QueryChain chain, PyNode queryArguments, Edits edits) {
        for (Step step : chain.building()) {
            if (step.method().equals("with_entities")) {
                edits.replace(queryArguments, step.arguments().text());
                edits.delete(previousEnd(chain, step), step.call().endIndex());
                return ChainReader.arguments(step.arguments());
            }
        }
        return ChainReader.arguments(queryArguments);
    }

    /**
     * A Query built in a local variable: {@code origins} assign {@code session.query(...)} to it (one,
     * or one per branch of an if), {@code extensions} reassign it with more calls, {@code uses} run it.
     * All are migrated or none.
     */
    Rewrite rewrite(List<QueryChain> origins, List<QueryChain> extensions, List<QueryChain> uses, Spelling spelling) {
        List<QueryChain> all = new ArrayList<>(origins);
        all.addAll(extensions);
        all.addAll(uses);
        Optional<Rewrite.Left> unsupported = unsupportedInVariable(all);
        if (unsupported.isPresent()) {
            return unsupported.get();
        }
        if (origins.stream().allMatch(o -> o.origin().is("attribute"))) {
            return rewriteModelQueryVariable(origins, all, uses, spelling);
        }
        if (origins.stream().anyMatch(o -> o.origin().is("attribute"))) {
            return new Rewrite.Left("query(...)", "the variable is assigned queries of other sessions or entities");
        }
        List<Head.Origin> heads = origins.stream().map(o -> new Head.Origin(o.origin().child("function").orElseThrow())).toList();
        PyNode queryArguments = origins.get(0).origin().child("arguments").orElseThrow();
        String session = heads.get(0).receiver().text();
        for (int i = 1; i < origins.size(); i++) {
            if (!heads.get(i).receiver().text().equals(session)
                    || !origins.get(i).origin().child("arguments").orElseThrow().text().equals(queryArguments.text())) {
                return new Rewrite.Left("query(...)", "the variable is assigned queries of other sessions or entities");
            }
        }
        List<PyNode> selected = ChainReader.arguments(queryArguments);
        Optional<Kind> kind = kind(all, selected);
        if (kind.isEmpty()) {
            return left(selected, queryArguments);
        }
        Edits edits = new Edits(spelling);
        heads.forEach(head -> head.statement(edits));
        return runs(edits, all, uses, session, kind.get());
    }

    /** A variable assigned Flask-SQLAlchemy's {@code Model.query} (one model): {@code select(Model)}, run on {@code db.session}. */
    private Rewrite rewriteModelQueryVariable(List<QueryChain> origins, List<QueryChain> all, List<QueryChain> uses, Spelling spelling) {
        PyNode model = origins.get(0).origin().child("object").orElseThrow();
        if (spelling.flaskSession().isEmpty()) {
            return new Rewrite.Left(model.text() + ".query", "no Flask-SQLAlchemy object (db = SQLAlchemy()) is imported in this file");
        }
        if (origins.stream().anyMatch(o -> !o.origin().child("object").orElseThrow().text().equals(model.text()))) {
            return new Rewrite.Left("query(...)", "the variable is assigned queries of other sessions or entities");
        }
        Optional<Kind> kind = kind(all, List.of(model));
        if (kind.isEmpty()) {
            return new Rewrite.Left(model.text() + ".query", "cannot tell whether `" + model.text() + "` is a mapped class");
        }
        String session = spelling.flaskSession().get();
        Edits edits = new Edits(spelling);
        origins.forEach(o -> new Head.ModelQuery(o.origin(), o.origin().child("object").orElseThrow(), model.text(), session)
                .statement(edits));
        return runs(edits, all, uses, session, kind.get());
    }

    /**
     * The statements a function returns in place of the legacy Query chains {@code returns} (each
     * {@code select(...)} with its clauses), and what they select, for its callers; all of them or none.
     */
    Returned statements(List<QueryChain> returns, Spelling spelling) {
        Optional<Rewrite.Left> unsupported = unsupportedInVariable(returns);
        if (unsupported.isPresent()) {
            return new Returned(unsupported.get(), Optional.empty());
        }
        PyNode queryArguments = returns.get(0).origin().child("arguments").orElseThrow();
        if (returns.stream().anyMatch(r -> !r.origin().child("arguments").orElseThrow().text().equals(queryArguments.text()))) {
            return new Returned(new Rewrite.Left("query(...)", "the function returns queries of different entities"), Optional.empty());
        }
        List<PyNode> selected = ChainReader.arguments(queryArguments);
        Optional<Kind> kind = kind(returns, selected);
        if (kind.isEmpty()) {
            return new Returned(left(selected, queryArguments), Optional.empty());
        }
        Edits edits = new Edits(spelling);
        for (QueryChain chain : returns) {
            renameSteps(chain, edits);
            new Head.Origin(chain.origin().child("function").orElseThrow()).statement(edits);
        }
        return new Returned(edits.done(), kind);
    }

    /** A function's statements, or why they are left; {@code kind} is present when they are done. */
    record Returned(Rewrite rewrite, Optional<Kind> kind) {
    }

    /**
     * A statement made elsewhere (by a migrated function whose call starts each chain) run on
     * {@code session} where {@code uses} run it; {@code building} only adds clauses to it.
     */
    Rewrite runs(List<QueryChain> building, List<QueryChain> uses, String session, Kind kind, Spelling spelling) {
        List<QueryChain> all = new ArrayList<>(building);
        all.addAll(uses);
        Optional<Rewrite.Left> unsupported = unsupportedInVariable(all);
        if (unsupported.isPresent()) {
            return unsupported.get();
        }
        return runs(new Edits(spelling), all, uses, session, kind);
    }

    private static Rewrite runs(Edits edits, List<QueryChain> all, List<QueryChain> uses, String session, Kind kind) {
        all.forEach(chain -> renameSteps(chain, edits));
        for (QueryChain use : uses) {
            Rewrite used = new Ending(use, new Head.Variable(use.origin(), session), edits, kind.oneEntity(),
                    kind.unique(), kind.selected()).write();
            if (used instanceof Rewrite.Left left) {
                return left;
            }
        }
        return edits.done();
    }

    /** A Query whose pieces are in several statements: any unmapped step, and any with_entities(), leaves all of it. */
    private static Optional<Rewrite.Left> unsupportedInVariable(List<QueryChain> chains) {
        for (QueryChain chain : chains) {
            Optional<Rewrite.Left> unsupported = unsupportedStep(chain);
            if (unsupported.isPresent()) {
                return unsupported;
            }
            if (chain.building().stream().anyMatch(s -> s.method().equals("with_entities"))) {
                return Optional.of(new Rewrite.Left("with_entities()", "the selected columns of a Query held in a variable are replaced"));
            }
        }
        return Optional.empty();
    }

    record Kind(boolean oneEntity, boolean unique, List<PyNode> selected) {
    }

    /** Objects or rows, and whether the rows must be made unique; empty when that cannot be told. */
    Optional<Kind> kind(List<QueryChain> chains, List<PyNode> selected) {
        if (selected.isEmpty() || selected.stream().anyMatch(a -> a.is("list_splat") || a.is("keyword_argument"))) {
            return Optional.empty();
        }
        Selection selection = entities.classify(selected);
        if (selection == Selection.UNKNOWN) {
            return Optional.empty();
        }
        List<Step> building = chains.stream().flatMap(c -> c.building().stream()).toList();
        // add_columns(): the entity comes back in a Row with the added columns
        boolean oneEntity = selection == Selection.ONE_ENTITY && building.stream().noneMatch(s -> s.method().equals("add_columns"));
        boolean joinedEager = building.stream()
                .anyMatch(s -> s.method().equals("options") && s.arguments().text().contains("joinedload"));
        if (joinedEager && !oneEntity) {
            return Optional.empty();
        }
        boolean unique = oneEntity && (joinedEager || building.stream().anyMatch(s -> MAY_REPEAT_ROWS.contains(s.method())));
        return Optional.of(new Kind(oneEntity, unique, selected));
    }

    private Rewrite.Left left(List<PyNode> selected, PyNode queryArguments) {
        if (selected.isEmpty() || selected.stream().anyMatch(a -> a.is("list_splat") || a.is("keyword_argument"))) {
            return new Rewrite.Left("query(" + inner(queryArguments) + ")", "the selected entities are not written out");
        }
        if (entities.classify(selected) == Selection.UNKNOWN) {
            return new Rewrite.Left("query(" + selected.get(0).text() + ")",
                    "cannot tell whether `" + selected.get(0).text() + "` is a mapped class (objects) or a Table (rows)");
        }
        return new Rewrite.Left("options(joinedload(...))", "joined eager loading on a query of several columns or entities");
    }

    private static void renameSteps(QueryChain chain, Edits edits) {
        for (Step step : chain.building()) {
            if (EXECUTION_OPTIONS.containsKey(step.method())) {
                // Query.yield_per(n), autoflush(b), populate_existing() are these ORM execution options since 1.4
                String value = step.method().equals("populate_existing") ? "True" : inner(step.arguments());
                edits.replace(step.name(), "execution_options");
                edits.replace(step.arguments(), "(" + EXECUTION_OPTIONS.get(step.method()) + "=" + value + ")");
            } else if (SAME_ON_SELECT.containsKey(step.method()) && !SAME_ON_SELECT.get(step.method()).equals(step.method())) {
                edits.replace(step.name(), SAME_ON_SELECT.get(step.method()));
            }
        }
    }

    private static Optional<Rewrite.Left> unsupportedStep(QueryChain chain) {
        long withEntities = chain.building().stream().filter(s -> s.method().equals("with_entities")).count();
        for (Step step : chain.building()) {
            String method = step.method();
            if (REMOVED_IN_2_0.contains(method)) {
                return Optional.of(new Rewrite.Left(method + "()", "removed in SQLAlchemy 2.0; the query needs rewriting by hand"));
            }
            if (EXECUTION_OPTIONS.containsKey(method)) {
                List<PyNode> arguments = ChainReader.arguments(step.arguments());
                int expected = method.equals("populate_existing") ? 0 : 1;
                if (arguments.size() != expected || arguments.stream().anyMatch(a -> a.is("keyword_argument") || a.is("list_splat"))) {
                    return Optional.of(new Rewrite.Left(method + "(...)", "called with arguments it does not take"));
                }
            }
            if (!SAME_ON_SELECT.containsKey(method) && !method.equals("with_entities") && !EXECUTION_OPTIONS.containsKey(method)) {
                return Optional.of(new Rewrite.Left(method + "()", "no select() counterpart is mapped for it"));
            }
        }
        if (withEntities > 1) {
            return Optional.of(new Rewrite.Left("with_entities()", "the selected columns are replaced more than once"));
        }
        return Optional.empty();
    }

    private static int previousEnd(QueryChain chain, Step step) {
        int index = chain.steps().indexOf(step);
        return index == 0 ? chain.origin().endIndex() : chain.steps().get(index - 1).call().endIndex();
    }

    static String inner(PyNode argumentList) {
        String text = argumentList.text();
        return text.substring(1, text.length() - 1);
    }

    /** The edits of one chain, collected in any order, and the sqlalchemy names they use. */
    static final class Edits {
        final List<TextEdit> edits = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private final Spelling spelling;

        Edits(Spelling spelling) {
            this.spelling = spelling;
        }

        /** How the file spells sqlalchemy's {@code name} ({@code select}, or {@code sql_select} where the file binds select); recorded for the imports. */
        String name(String name) {
            names.add(name);
            return spelling.of(name);
        }

        void replace(PyNode node, String text) {
            edits.add(new TextEdit(node.startIndex(), node.endIndex(), text));
        }

        void delete(int start, int end) {
            edits.add(new TextEdit(start, end, ""));
        }

        void insert(int at, String text) {
            edits.add(new TextEdit(at, at, text));
        }

        void replace(int start, int end, String text) {
            edits.add(new TextEdit(start, end, text));
        }

        Rewrite.Done done() {
            return new Rewrite.Done(edits, names);
        }
    }
}
