package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A module-level function whose every {@code return} hands a legacy Query to its caller
 * ({@code def get_all(*, db_session): return db_session.query(Plugin)}): the migration makes it
 * return the {@code select()} statement and its callers run it on the session they pass in.
 *
 * @param qualifiedName    {@code app.plugin.service.get_all}
 * @param returns          the returned Query chains, each starting at {@code <session>.query(...)}
 * @param sessionParameter the parameter every returned chain's session is
 * @param sessionPosition  that parameter's position, -1 when it can only be passed by keyword
 */
record QueryFunction(String qualifiedName, String name, List<QueryChain> returns, String sessionParameter,
                     int sessionPosition) {

    /** The functions of {@code module} (a module's tree, named {@code moduleName}) that return legacy Queries and nothing else. */
    static List<QueryFunction> in(PyNode module, String moduleName) {
        List<QueryFunction> functions = new ArrayList<>();
        for (PyNode statement : module.namedChildren()) {
            PyNode def = statement.is("decorated_definition") ? statement.child("definition").orElse(statement) : statement;
            if (def.is("function_definition")) {
                of(def, moduleName).ifPresent(functions::add);
            }
        }
        return functions;
    }

    private static Optional<QueryFunction> of(PyNode def, String moduleName) {
        String name = def.child("name").map(PyNode::text).orElse("");
        List<QueryChain> returns = new ArrayList<>();
        for (PyNode node : def.findAll("return_statement")) {
            if (node.ancestor(QuerySites.SCOPES).filter(s -> s == def).isEmpty()) {
                continue; // a nested function's return
            }
            Optional<QueryChain> returned = node.namedChildren().stream().findFirst().flatMap(QueryFunction::returnedQuery);
            if (returned.isEmpty()) {
                return Optional.empty();
            }
            returns.add(returned.get());
        }
        boolean generator = def.findAll("yield").stream().anyMatch(y -> y.ancestor(QuerySites.SCOPES).filter(s -> s == def).isPresent());
        if (returns.isEmpty() || generator) {
            return Optional.empty();
        }
        List<String> sessions = returns.stream().map(r -> r.origin().child("function").orElseThrow())
                .map(f -> f.child("object").orElseThrow()).map(o -> o.is("identifier") ? o.text() : "").distinct().toList();
        if (sessions.size() != 1 || sessions.get(0).isEmpty()) {
            return Optional.empty();
        }
        int position = -1;
        boolean found = false;
        boolean positional = true;
        int index = 0;
        for (PyNode parameter : def.child("parameters").map(PyNode::namedChildren).orElse(List.of())) {
            if (parameter.is("keyword_separator") || parameter.is("list_splat_pattern")) {
                positional = false;
                continue;
            }
            Optional<String> parameterName = parameterName(parameter);
            if (parameterName.filter(sessions.get(0)::equals).isPresent()) {
                found = true;
                position = positional ? index : -1;
            }
            index++;
        }
        String qualified = moduleName.isEmpty() ? name : moduleName + "." + name;
        return found ? Optional.of(new QueryFunction(qualified, name, List.copyOf(returns), sessions.get(0), position))
                : Optional.empty();
    }

    private static Optional<String> parameterName(PyNode parameter) {
        return switch (parameter.type()) {
            case "identifier" -> Optional.of(parameter.text());
            case "typed_parameter" -> parameter.namedChildren().stream().filter(n -> n.is("identifier")).findFirst().map(PyNode::text);
            case "default_parameter", "typed_default_parameter" -> parameter.child("name").map(PyNode::text);
            default -> Optional.empty();
        };
    }

    /** The returned expression as a legacy Query chain that is neither run nor indexed: {@code session.query(X).filter(...)}. */
    private static Optional<QueryChain> returnedQuery(PyNode value) {
        PyNode current = QuerySites.unwrap(value);
        while (current.is("call") || current.is("attribute")) {
            if (current.is("call") && QuerySites.isSessionQuery(current)) {
                QueryChain chain = ChainReader.from(current);
                return chain.terminal().isEmpty() && chain.subscript().isEmpty()
                        && QuerySites.unparenthesized(chain.outermost()) == value ? Optional.of(chain) : Optional.empty();
            }
            current = current.is("call") ? current.child("function").orElseThrow() : current.child("object").orElseThrow();
        }
        return Optional.empty();
    }
}
