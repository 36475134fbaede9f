package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the legacy queries of one file: each {@code <session>.query(...)} call (a receiver whose
 * name says session: {@code session}, {@code db.session}, {@code self.db_session}, {@code Session}),
 * with the chain hung on it and, when it is assigned to a local variable, the statements that
 * extend and run that variable in the same function.
 */
final class QuerySites {

    private static final Pattern SESSION_NAME = Pattern.compile("(?i).*session");
    private static final Set<String> SCOPES = Set.of("function_definition", "lambda", "class_definition");

    /** A query as the migration sees it: one chain, or a variable's origin with its extensions and uses. */
    sealed interface Site {

        PyNode origin();

        record Direct(QueryChain chain) implements Site {
            @Override
            public PyNode origin() {
                return chain.origin();
            }
        }

        record Variable(String name, QueryChain assigned, List<QueryChain> extensions, List<QueryChain> uses) implements Site {
            @Override
            public PyNode origin() {
                return assigned.origin();
            }
        }

        /** A variable whose every use could not be accounted for. */
        record Unfollowed(PyNode origin, String construct, String reason) implements Site {
        }
    }

    private QuerySites() {
    }

    static List<Site> in(PyNode module) {
        List<Site> sites = new ArrayList<>();
        for (PyNode call : module.findAll("call")) {
            if (isSessionQuery(call)) {
                sites.add(site(ChainReader.from(call)));
            }
        }
        return sites;
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

    private static Site site(QueryChain chain) {
        Optional<PyNode> assignment = chain.outermost().parent()
                .filter(p -> p.is("assignment") && "right".equals(chain.outermost().field()));
        Optional<PyNode> target = assignment.flatMap(a -> a.child("left")).filter(l -> l.is("identifier"));
        if (chain.terminal().isPresent() || chain.subscript().isPresent() || target.isEmpty()) {
            return new Site.Direct(chain);
        }
        Optional<PyNode> scope = chain.origin().ancestor(SCOPES).filter(s -> s.is("function_definition"));
        if (scope.isEmpty()) {
            return new Site.Direct(chain); // a module- or class-level Query: left as a value
        }
        return variable(chain, target.get(), scope.get());
    }

    private static Site variable(QueryChain assigned, PyNode target, PyNode function) {
        String name = target.text();
        List<QueryChain> extensions = new ArrayList<>();
        List<QueryChain> uses = new ArrayList<>();
        for (PyNode identifier : function.findAll("identifier")) {
            if (identifier == target || !identifier.text().equals(name) || !isVariableUse(identifier)) {
                continue;
            }
            if (identifier.ancestor(SCOPES).filter(s -> s != function).isPresent()) {
                return new Site.Unfollowed(assigned.origin(), name, "the Query in `" + name + "` is used in a nested function or lambda");
            }
            if ("left".equals(identifier.field()) && identifier.parent().filter(p -> p.is("assignment")).isPresent()) {
                PyNode right = identifier.parent().get().child("right").orElseThrow();
                if (!rootedAt(right, name)) {
                    return new Site.Unfollowed(assigned.origin(), name, "`" + name + "` is assigned something else as well");
                }
                continue;
            }
            QueryChain chain = ChainReader.from(identifier);
            boolean reassigned = chain.terminal().isEmpty() && chain.subscript().isEmpty() && !chain.steps().isEmpty()
                    && chain.outermost().parent().filter(p -> p.is("assignment")).flatMap(p -> p.child("left"))
                            .filter(l -> l.is("identifier") && l.text().equals(name)).isPresent();
            (reassigned ? extensions : uses).add(chain);
        }
        return new Site.Variable(name, assigned, extensions, uses);
    }

    /** Whether {@code expression} is a chain of calls on the variable {@code name}. */
    private static boolean rootedAt(PyNode expression, String name) {
        PyNode current = expression;
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
