package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the legacy queries of one file: each {@code <session>.query(...)} call (a receiver whose
 * name says session: {@code session}, {@code db.session}, {@code self.db_session}, {@code Session})
 * and each Flask-SQLAlchemy {@code Model.query},
 * with the chain hung on it and, when it is assigned to a local variable, the statements that
 * assign, extend and run that variable in the same function.
 */
final class QuerySites {

    private static final Pattern SESSION_NAME = Pattern.compile("(?i).*session");
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*");
    static final Set<String> SCOPES = Set.of("function_definition", "lambda", "class_definition");

    /** A query as the migration sees it: one chain, or a variable's origins with its extensions and uses. */
    sealed interface Site {

        /** The {@code session.query(...)} calls this site accounts for: one outcome each. */
        List<PyNode> origins();

        record Direct(QueryChain chain) implements Site {
            @Override
            public List<PyNode> origins() {
                return List.of(chain.origin());
            }
        }

        record Variable(String name, List<QueryChain> assigned, List<QueryChain> extensions, List<QueryChain> uses)
                implements Site {
            @Override
            public List<PyNode> origins() {
                return assigned.stream().map(QueryChain::origin).toList();
            }
        }

        /** A variable whose every use could not be accounted for. */
        record Unfollowed(List<PyNode> origins, String construct, String reason) implements Site {
        }
    }

    private QuerySites() {
    }

    static List<Site> in(PyNode module) {
        List<Site> sites = new ArrayList<>();
        Set<PyNode> accounted = new HashSet<>();
        List<PyNode> origins = new ArrayList<>(module.findAll("call").stream().filter(QuerySites::isSessionQuery).toList());
        module.findAll("attribute").stream().filter(QuerySites::isModelQuery).forEach(origins::add);
        origins.sort(java.util.Comparator.comparingInt(PyNode::startIndex));
        for (PyNode origin : origins) {
            if (!accounted.contains(origin)) {
                Site site = site(ChainReader.from(origin));
                accounted.addAll(site.origins());
                sites.add(site);
            }
        }
        sites.sort(java.util.Comparator.comparingInt(site -> site.origins().get(0).startIndex()));
        return sites;
    }

    /**
     * Flask-SQLAlchemy's query property: {@code Model.query} (or {@code models.Model.query}) on a
     * CapWords name, read rather than called ({@code Session.query(...)} is a session's method).
     */
    static boolean isModelQuery(PyNode attribute) {
        if (!attribute.child("attribute").map(PyNode::text).filter("query"::equals).isPresent()
                || attribute.parent().filter(p -> p.is("call") && "function".equals(attribute.field())).isPresent()) {
            return false;
        }
        PyNode owner = attribute.child("object").orElseThrow();
        String name = owner.is("attribute") ? owner.child("attribute").map(PyNode::text).orElse("") : owner.text();
        return (owner.is("identifier") || owner.is("attribute")) && MODEL_NAME.matcher(name).matches()
                && !SESSION_NAME.matcher(name).matches();
    }

    /** A legacy Query's start: {@code session.query(...)} or {@code Model.query}. */
    static boolean isOrigin(PyNode node) {
        return isSessionQuery(node) || isModelQuery(node);
    }

    static boolean isSessionQuery(PyNode call) {
        Optional<PyNode> function = call.child("function").filter(f -> f.is("attribute"));
        if (function.isEmpty() || !function.get().child("attribute").map(PyNode::text).filter("query"::equals).isPresent()) {
            return false;
        }
        PyNode receiver = function.get().child("object").orElseThrow();
        String name = receiver.is("attribute") ? receiver.child("attribute").map(PyNode::text).orElse("") : receiver.text();
        return (receiver.is("identifier") || receiver.is("attribute")) && SESSION_NAME.matcher(name).matches();
    }

    /** The node's place in the code, looking through parentheses: {@code q = (session.query(X) ...)} is an assignment. */
    static PyNode unparenthesized(PyNode node) {
        PyNode current = node;
        while (current.parent().filter(p -> p.is("parenthesized_expression")).isPresent()) {
            current = current.parent().get();
        }
        return current;
    }

    /** The variable a chain is assigned to ({@code name = chain}), if it is. */
    static Optional<PyNode> assignedTo(QueryChain chain) {
        PyNode value = unparenthesized(chain.outermost());
        return value.parent().filter(p -> p.is("assignment") && "right".equals(value.field()))
                .flatMap(a -> a.child("left")).filter(l -> l.is("identifier"));
    }

    private static Site site(QueryChain chain) {
        Optional<PyNode> target = assignedTo(chain);
        if (chain.terminal().isPresent() || chain.subscript().isPresent() || target.isEmpty()) {
            return new Site.Direct(chain);
        }
        Optional<PyNode> scope = chain.origin().ancestor(SCOPES).filter(s -> s.is("function_definition"));
        if (scope.isEmpty()) {
            return new Site.Direct(chain); // a module- or class-level Query: left as a value
        }
        return variable(chain, target.get().text(), scope.get(), QuerySites::isOrigin);
    }

    /**
     * The Query in local variable {@code name} of {@code function}, first assigned {@code first}: the
     * statements that assign it (a call {@code isOrigin} accepts), extend it and use it.
     */
    static Site variable(QueryChain first, String name, PyNode function, Predicate<PyNode> isOrigin) {
        List<QueryChain> assigned = new ArrayList<>();
        List<QueryChain> extensions = new ArrayList<>();
        List<QueryChain> uses = new ArrayList<>();
        List<PyNode> origins = new ArrayList<>(List.of(first.origin()));
        String unfollowed = null;
        for (PyNode identifier : function.findAll("identifier")) {
            if (!identifier.text().equals(name) || !isVariableUse(identifier)) {
                continue;
            }
            if (identifier.ancestor(SCOPES).filter(s -> s != function).isPresent()) {
                unfollowed = "the Query in `" + name + "` is used in a nested function or lambda";
                continue;
            }
            if ("left".equals(identifier.field()) && identifier.parent().filter(p -> p.is("assignment")).isPresent()) {
                Optional<QueryChain> origin = originAssigned(identifier.parent().get().child("right").orElseThrow(), isOrigin);
                if (origin.isPresent()) {
                    assigned.add(origin.get());
                    origins.add(origin.get().origin());
                } else if (!rootedAt(identifier.parent().get().child("right").orElseThrow(), name)) {
                    unfollowed = "`" + name + "` is assigned something else as well";
                }
                continue;
            }
            QueryChain chain = ChainReader.from(identifier);
            boolean reassigned = chain.terminal().isEmpty() && chain.subscript().isEmpty() && !chain.steps().isEmpty()
                    && assignedTo(chain).filter(l -> l.text().equals(name)).isPresent();
            (reassigned ? extensions : uses).add(chain);
        }
        if (unfollowed != null) {
            return new Site.Unfollowed(origins.stream().distinct().toList(), name, unfollowed);
        }
        return new Site.Variable(name, assigned, extensions, uses);
    }

    /** The origin call ({@code session.query(...)}) an assignment's right side is a chain on. */
    private static Optional<PyNode> rootCall(PyNode expression, Predicate<PyNode> isOrigin) {
        PyNode current = unwrap(expression);
        while (current.is("call") || current.is("attribute")) {
            if (isOrigin.test(current)) {
                return Optional.of(current);
            }
            current = current.is("call") ? current.child("function").orElseThrow() : current.child("object").orElseThrow();
        }
        return Optional.empty();
    }

    /** The origin chain an assignment's right side is, with no terminal: a variable's origin. */
    private static Optional<QueryChain> originAssigned(PyNode right, Predicate<PyNode> isOrigin) {
        return rootCall(right, isOrigin).map(ChainReader::from)
                .filter(chain -> chain.terminal().isEmpty() && chain.subscript().isEmpty()
                        && unparenthesized(chain.outermost()) == right);
    }

    static PyNode unwrap(PyNode expression) {
        PyNode current = expression;
        while (current.is("parenthesized_expression") && current.namedChildren().size() == 1) {
            current = current.namedChildren().get(0);
        }
        return current;
    }

    /** Whether {@code expression} is a chain of calls on the variable {@code name}. */
    private static boolean rootedAt(PyNode expression, String name) {
        PyNode current = unwrap(expression);
        while (current.is("call") || current.is("attribute")) {
            current = current.is("call") ? current.child("function").orElseThrow() : current.child("object").orElseThrow();
        }
        return current.is("identifier") && current.text().equals(name);
    }

    /** An identifier that names the variable: not {@code x.name}'s attribute part, not a keyword argument's name. */
    private static boolean isVariableUse(PyNode identifier) {
        String field = identifier.field();
        Optional<PyNode> parent = identifier.parent();
        if (parent.isEmpty()) {
            return false;
        }
        return !(parent.get().is("attribute") && "attribute".equals(field))
                && !(parent.get().is("keyword_argument") && "name".equals(field));
    }
}
