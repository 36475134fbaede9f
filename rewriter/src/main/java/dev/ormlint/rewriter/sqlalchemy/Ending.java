package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.rewriter.sqlalchemy.ChainRewriter.Edits;
import dev.ormlint.rewriter.sqlalchemy.QueryChain.Step;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The end of a chain: how the built statement is run (or used) in 2.0, written as edits. */
final class Ending {

    private static final Pattern NON_NEGATIVE_INTEGER = Pattern.compile("[0-9]+");
    private static final Set<String> ITERATING = Set.of("for_statement", "for_in_clause");
    private static final Set<String> ITERATING_BUILTINS = Set.of("list", "tuple", "set", "sorted", "frozenset");
    private static final Set<String> STATEMENT_ARGUMENT_OF = Set.of("in_", "notin_", "not_in");

    private final QueryChain chain;
    private final Head head;
    private final Edits edits;
    private final boolean oneEntity;
    private final boolean unique;
    private final List<PyNode> selected;

    Ending(QueryChain chain, Head head, Edits edits, boolean oneEntity, boolean unique, List<PyNode> selected) {
        this.chain = chain;
        this.head = head;
        this.edits = edits;
        this.oneEntity = oneEntity;
        this.unique = unique;
        this.selected = selected;
    }

    Rewrite write() {
        Optional<Step> terminal = chain.terminal();
        if (terminal.isPresent()) {
            return terminal(terminal.get());
        }
        if (chain.subscript().isPresent()) {
            return subscript(chain.subscript().get());
        }
        PyNode outer = QuerySites.unparenthesized(chain.outermost());
        Optional<PyNode> parent = outer.parent();
        if (parent.isPresent() && ITERATING.contains(parent.get().type()) && "right".equals(outer.field())
                || isIteratedByBuiltin(outer)) {
            return run("", "");
        }
        if (isStatementArgument(outer)) {
            return statement();
        }
        return new Rewrite.Left("query(...)", "a Query returned, stored or passed on is migrated with its users; not done here");
    }

    private Rewrite terminal(Step terminal) {
        int end = chain.statementEnd();
        switch (terminal.method()) {
            case "all", "one", "one_or_none":
                return noArguments(terminal).orElseGet(() -> run("", ""));
            case "first":
                return noArguments(terminal).orElseGet(() -> run(".limit(1)", ""));
            case "scalar":
                return noArguments(terminal).orElseGet(() -> {
                    edits.replace(terminal.name(), "scalar_one_or_none");
                    return runRows("");
                });
            case "count":
                return noArguments(terminal).orElseGet(() -> {
                    head.run(edits, "scalar(" + edits.name("select") + "(" + edits.name("func") + ".count()).select_from(");
                    edits.insert(end, ".subquery()))");
                    edits.delete(chain.runEnd(), terminal.call().endIndex());
                                return edits.done();
                });
            case "get":
                return get(terminal);
            case "delete":
                return delete(terminal);
            case "update":
                return update(terminal);
            case "subquery", "scalar_subquery", "exists", "cte":
                return statement();
            default:
                throw new IllegalStateException("not a terminal: " + terminal.method());
        }
    }

    private Optional<Rewrite> noArguments(Step terminal) {
        if (ChainReader.arguments(terminal.arguments()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rewrite.Left(terminal.method() + "(...)", "called with arguments"));
    }

    /** {@code session.scalars(select(...)...)} or {@code session.execute(...)}, closed at the statement's end. */
    private Rewrite run(String beforeClose, String afterClose) {
        if (!oneEntity) {
            return runRows(beforeClose + ")" + afterClose);
        }
        head.run(edits, "scalars(");
        edits.insert(chain.statementEnd(), beforeClose + ")" + (unique ? ".unique()" : "") + afterClose);
        return edits.done();
    }

    private Rewrite runRows(String close) {
        head.run(edits, "execute(");
        edits.insert(chain.statementEnd(), close.isEmpty() ? ")" + (unique ? ".unique()" : "") : close);
        return edits.done();
    }

    private Rewrite subscript(PyNode subscript) {
        PyNode index = subscript.child("subscript").orElseThrow();
        String range;
        String pick;
        if (index.is("slice")) {
            List<PyNode> bounds = index.namedChildren();
            boolean literal = bounds.size() == 2 && bounds.stream().allMatch(b -> NON_NEGATIVE_INTEGER.matcher(b.text()).matches())
                    && index.text().chars().filter(c -> c == ':').count() == 1;
            if (!literal) {
                return new Rewrite.Left("[" + index.text() + "]", "slice bounds that are not two non-negative integer literals");
            }
            range = ".slice(" + bounds.get(0).text() + ", " + bounds.get(1).text() + ")";
            pick = ".all()";
        } else if (NON_NEGATIVE_INTEGER.matcher(index.text()).matches()) {
            long at = Long.parseLong(index.text());
            range = ".slice(" + at + ", " + (at + 1) + ")";
            pick = ".all()[0]";
        } else {
            return new Rewrite.Left("[" + index.text() + "]", "an index that is not a non-negative integer literal");
        }
        head.run(edits, oneEntity ? "scalars(" : "execute(");
        edits.insert(chain.statementEnd(), range + ")" + (unique ? ".unique()" : "") + pick);
        edits.delete(chain.runEnd(), subscript.endIndex());
        return edits.done();
    }

    private Rewrite get(Step terminal) {
        List<PyNode> key = ChainReader.arguments(terminal.arguments());
        if (!chain.building().isEmpty() || !oneEntity || key.size() != 1 || head instanceof Head.Variable || chain.parenthesized()) {
            return new Rewrite.Left("get()", "get() after other calls, on a variable, or of several entities");
        }
        edits.edits.clear();
        head.get(edits, selected.get(0).text(), key.get(0).text(), terminal.call().endIndex());
        return edits.done();
    }

    private Rewrite update(Step terminal) {
        List<PyNode> arguments = ChainReader.arguments(terminal.arguments());
        if (arguments.isEmpty() || arguments.get(0).is("keyword_argument")) {
            return new Rewrite.Left("update()", "no values to set");
        }
        Optional<String> synchronize = synchronizeSession(arguments.subList(1, arguments.size()));
        if (synchronize.isEmpty()) {
            return new Rewrite.Left("update(...)", "arguments other than the values and synchronize_session");
        }
        if (chain.parenthesized()) {
            return new Rewrite.Left("update()", "the values would move out of the parentheses the query is in");
        }
        edits.replace(terminal.name(), "values");
        edits.delete(arguments.get(0).endIndex(), terminal.arguments().endIndex() - 1);
        return bulk(terminal, "update", executionOptions(synchronize.get()), terminal.call().endIndex());
    }

    private Rewrite delete(Step terminal) {
        Optional<String> synchronize = synchronizeSession(ChainReader.arguments(terminal.arguments()));
        if (synchronize.isEmpty()) {
            return new Rewrite.Left("delete(...)", "arguments other than synchronize_session");
        }
        edits.delete(chain.runEnd(), terminal.call().endIndex());
        return bulk(terminal, "delete", executionOptions(synchronize.get()), chain.statementEnd());
    }

    /** {@code session.execute(delete(X).where(...).execution_options(...))}, with {@code .rowcount} where the result is used. */
    private Rewrite bulk(Step terminal, String statement, String options, int closeAt) {
        if (!oneEntity || chain.building().stream().anyMatch(s -> !Set.of("filter", "filter_by", "where").contains(s.method()))
                || !head.bulk(edits, statement)) {
            return new Rewrite.Left(statement + "()", "bulk " + statement + " of a query that is more than one entity and its filters");
        }
        String used = QuerySites.unparenthesized(chain.outermost()).parent().filter(p -> p.is("expression_statement")).isPresent()
                ? "" : ".rowcount";
        edits.insert(closeAt, options + ")" + used);
        return edits.done();
    }

    private static String executionOptions(String synchronize) {
        return synchronize.isEmpty() ? "" : ".execution_options(" + synchronize + ")";
    }

    /**
     * The synchronize_session argument of a bulk delete or update as keyword text, "" when there is
     * none; empty when there are other arguments (update_args, ...), which are not mapped.
     */
    private static Optional<String> synchronizeSession(List<PyNode> arguments) {
        if (arguments.isEmpty()) {
            return Optional.of("");
        }
        PyNode only = arguments.get(0);
        if (arguments.size() > 1) {
            return Optional.empty();
        }
        if (only.is("keyword_argument")) {
            return only.child("name").map(PyNode::text).filter("synchronize_session"::equals).map(n -> only.text());
        }
        return Optional.of("synchronize_session=" + only.text());
    }

    /** The chain is a statement used by another one ({@code .subquery()}, {@code in_(...)}): {@code select(...)}, no session. */
    private Rewrite statement() {
        head.statement(edits);
        return edits.done();
    }

    /** {@code list(q)}, {@code sorted(q)}: the only argument of a builtin that iterates it; or the first of {@code enumerate(q, 1)}. */
    private static boolean isIteratedByBuiltin(PyNode node) {
        Optional<PyNode> list = node.parent().filter(p -> p.is("argument_list"));
        Optional<String> builtin = list.flatMap(PyNode::parent).filter(c -> c.is("call")).flatMap(c -> c.child("function"))
                .filter(f -> f.is("identifier")).map(PyNode::text);
        if (builtin.isEmpty()) {
            return false;
        }
        List<PyNode> arguments = ChainReader.arguments(list.get());
        return ITERATING_BUILTINS.contains(builtin.get()) && arguments.size() == 1
                || builtin.get().equals("enumerate") && !arguments.isEmpty() && arguments.get(0) == node
                && arguments.stream().noneMatch(a -> a.is("list_splat") || a.is("dictionary_splat"));
    }

    private static boolean isStatementArgument(PyNode node) {
        Optional<PyNode> list = node.parent().filter(p -> p.is("argument_list"));
        Optional<PyNode> call = list.flatMap(PyNode::parent).filter(c -> c.is("call"));
        return call.flatMap(c -> c.child("function")).filter(f -> f.is("attribute"))
                .flatMap(f -> f.child("attribute")).map(PyNode::text).filter(STATEMENT_ARGUMENT_OF::contains).isPresent();
    }
}
