package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.python.PyNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The legacy Queries functions return to their callers ({@link QueryFunction}), migrated with those
 * callers across the project, all or none per function: the function returns the {@code select()}
 * statement, and each call runs it on the session the caller passes in
 * ({@code get_all(db_session=s).all()} becomes {@code s.scalars(get_all(db_session=s)).all()}). A
 * function is left when any reference to it cannot be followed: a call the type facts cannot resolve
 * that may be to it, the function passed as a value, a caller that hands the Query on, a session
 * argument that is not a plain name (it would be evaluated twice).
 */
final class ReturnedQueries {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Set<String> IMPORTS = Set.of("import_statement", "import_from_statement", "future_import_statement");

    /** What the migration does with each function's returns, and the edits it makes at each caller. */
    record Plan(Map<PyNode, Decision> byOrigin, Map<String, List<Rewrite.Done>> callerEdits) {

        static final Plan NONE = new Plan(Map.of(), Map.of());

        Optional<Decision> decision(PyNode origin) {
            return Optional.ofNullable(byOrigin.get(origin));
        }

        List<Rewrite.Done> callerEdits(String relativePath) {
            return callerEdits.getOrDefault(relativePath, List.of());
        }
    }

    /** One function's returns: rewritten together ({@code rewrite} is Done) or left together. */
    record Decision(QueryFunction function, Rewrite rewrite) {
    }

    /** A call of a query function: the caller's file and the call node. */
    private record Call(PythonFile file, PyNode call) {
    }

    private final SelectedEntities.ProjectNames names;

    ReturnedQueries(SelectedEntities.ProjectNames names) {
        this.names = names;
    }

    /**
     * @param functions  the functions returning legacy Queries, each with its file
     * @param files      every file that may call them (parsed, valid Python)
     * @param unreadable names mentioned in files that are not valid Python: such functions are left
     */
    Plan plan(Map<QueryFunction, PythonFile> functions, List<PythonFile> files, Set<String> unreadable) {
        if (functions.isEmpty()) {
            return Plan.NONE;
        }
        Map<String, QueryFunction> byName = new HashMap<>();
        functions.keySet().forEach(f -> byName.put(f.qualifiedName(), f));
        Map<String, List<String>> simpleNames = new HashMap<>();
        functions.keySet().forEach(f -> simpleNames.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.qualifiedName()));
        Map<String, List<Call>> calls = new LinkedHashMap<>();
        Map<String, String> blocked = new HashMap<>();
        functions.keySet().stream().filter(f -> unreadable.contains(f.name())).forEach(f ->
                blocked.put(f.qualifiedName(), "a function returning a Query is named in a file that is not valid Python"));
        for (PythonFile file : files) {
            Map<String, String> aliases = importAliases(file.tree().module(), simpleNames.keySet());
            for (PyNode identifier : file.tree().module().findAll("identifier")) {
                String original = aliases.getOrDefault(identifier.text(), identifier.text());
                if (!simpleNames.containsKey(original) || isDeclarationOrImport(identifier)) {
                    continue;
                }
                PyNode reference = identifier.parent().filter(p -> p.is("attribute") && "attribute".equals(identifier.field()))
                        .orElse(identifier);
                if (reference == identifier && identifier.parent().filter(p -> p.is("attribute")).isPresent()) {
                    continue; // get_all.x: not a reference to get_all's result
                }
                Optional<String> resolved = file.types().qualifiedName(reference);
                Optional<PyNode> call = reference.parent().filter(p -> p.is("call") && "function".equals(reference.field()));
                if (resolved.isPresent() && byName.containsKey(resolved.get())) {
                    if (call.isPresent()) {
                        calls.computeIfAbsent(resolved.get(), k -> new ArrayList<>()).add(new Call(file, call.get()));
                    } else {
                        blocked.putIfAbsent(resolved.get(), "a function returning a Query is referenced other than called");
                    }
                } else if (resolved.isEmpty()) {
                    simpleNames.get(original).forEach(q -> blocked.putIfAbsent(q,
                            "a function returning a Query shares its name with a reference the migration cannot resolve"));
                }
            }
        }
        Map<PyNode, Decision> byOrigin = new IdentityHashMap<>();
        Map<String, List<Rewrite.Done>> callerEdits = new HashMap<>();
        for (Map.Entry<QueryFunction, PythonFile> entry : functions.entrySet()) {
            QueryFunction function = entry.getKey();
            Rewrite rewrite = blocked.containsKey(function.qualifiedName())
                    ? new Rewrite.Left("query(...)", blocked.get(function.qualifiedName()))
                    : migrate(function, entry.getValue(), calls.getOrDefault(function.qualifiedName(), List.of()), callerEdits);
            function.returns().forEach(r -> byOrigin.put(r.origin(), new Decision(function, rewrite)));
        }
        return new Plan(byOrigin, callerEdits);
    }

    /** The function's statements, with its callers' edits added to {@code callerEdits} when all of them can be made. */
    private Rewrite migrate(QueryFunction function, PythonFile home, List<Call> calls, Map<String, List<Rewrite.Done>> callerEdits) {
        if (calls.isEmpty()) {
            return new Rewrite.Left("query(...)", "a Query returned by a function nothing in the project calls");
        }
        Spelling homeSpelling = SqlAlchemyImports.spelling(home.tree().module(), names.flaskObjects(), home.types());
        ChainRewriter homeRewriter = new ChainRewriter(new SelectedEntities(names, home.types()));
        ChainRewriter.Returned returned = homeRewriter.statements(function.returns(), homeSpelling);
        if (returned.kind().isEmpty()) {
            return returned.rewrite();
        }
        List<CallShape> shapes = new ArrayList<>();
        List<QueryChain> chains = new ArrayList<>(function.returns());
        for (Call call : calls) {
            Optional<String> session = sessionArgument(function, call.call());
            if (session.isEmpty()) {
                return new Rewrite.Left("query(...)", "a function returning a Query is called without its session as a plain name");
            }
            CallShape shape = shape(call);
            if (shape.left() != null) {
                return shape.left();
            }
            shapes.add(shape.withSession(session.get()));
            chains.addAll(shape.building());
            chains.addAll(shape.uses());
        }
        List<PyNode> selected = returned.kind().get().selected();
        ChainRewriter.Kind kind = homeRewriter.kind(chains, selected).orElseThrow();
        Map<String, List<Rewrite.Done>> edits = new HashMap<>();
        for (CallShape shape : shapes) {
            PythonFile file = shape.call().file();
            Spelling spelling = SqlAlchemyImports.spelling(file.tree().module(), names.flaskObjects(), file.types());
            Rewrite run = new ChainRewriter(new SelectedEntities(names, file.types()))
                    .runs(shape.building(), shape.uses(), shape.session(), kind, spelling);
            if (run instanceof Rewrite.Left left) {
                return left.reason().startsWith("a Query returned, stored or passed on")
                        ? new Rewrite.Left(left.construct(), "a Query returned by a function is passed on by a caller") : left;
            }
            edits.computeIfAbsent(file.file().relativePath(), k -> new ArrayList<>()).add((Rewrite.Done) run);
        }
        if (edits.values().stream().anyMatch(ReturnedQueries::overlapping)) {
            return new Rewrite.Left("query(...)", "a function returning a Query is called inside another call of it");
        }
        edits.forEach((path, done) -> callerEdits.computeIfAbsent(path, k -> new ArrayList<>()).addAll(done));
        return returned.rewrite();
    }

    /**
     * How a caller uses the Query a call returns: chained on and run in the same expression, or held in
     * a local variable that is extended and run. {@code left} says why it cannot be followed.
     */
    private record CallShape(Call call, List<QueryChain> building, List<QueryChain> uses, String session, Rewrite.Left left) {

        CallShape withSession(String session) {
            return new CallShape(call, building, uses, session, left);
        }
    }

    private static CallShape shape(Call call) {
        QueryChain chain = ChainReader.from(call.call());
        Optional<PyNode> target = chain.terminal().isEmpty() && chain.subscript().isEmpty() ? QuerySites.assignedTo(chain) : Optional.empty();
        Optional<PyNode> scope = chain.origin().ancestor(QuerySites.SCOPES).filter(s -> s.is("function_definition"));
        if (target.isEmpty() || scope.isEmpty()) {
            return new CallShape(call, List.of(), List.of(chain), "", null);
        }
        QuerySites.Site site = QuerySites.variable(chain, target.get().text(), scope.get(), node -> node == call.call());
        if (site instanceof QuerySites.Site.Unfollowed unfollowed) {
            return new CallShape(call, List.of(), List.of(), "", new Rewrite.Left(unfollowed.construct(), unfollowed.reason()));
        }
        QuerySites.Site.Variable variable = (QuerySites.Site.Variable) site;
        List<QueryChain> building = new ArrayList<>(variable.assigned());
        building.addAll(variable.extensions());
        return new CallShape(call, building, variable.uses(), "", null);
    }

    /** The text of the session a call passes for the function's session parameter, when it is a plain (dotted) name. */
    private static Optional<String> sessionArgument(QueryFunction function, PyNode call) {
        List<PyNode> arguments = call.child("arguments").map(ChainReader::arguments).orElse(List.of());
        for (PyNode argument : arguments) {
            if (argument.is("keyword_argument") && argument.child("name").map(PyNode::text).filter(function.sessionParameter()::equals).isPresent()) {
                return argument.child("value").map(PyNode::text).filter(t -> PLAIN_NAME.matcher(t).matches());
            }
        }
        List<PyNode> positional = new ArrayList<>();
        for (PyNode argument : arguments) {
            if (argument.is("keyword_argument") || argument.is("list_splat") || argument.is("dictionary_splat")) {
                break;
            }
            positional.add(argument);
        }
        if (function.sessionPosition() < 0 || function.sessionPosition() >= positional.size()) {
            return Optional.empty();
        }
        return Optional.of(positional.get(function.sessionPosition()).text()).filter(t -> PLAIN_NAME.matcher(t).matches());
    }

    /** {@code from m import get_all as get_all_organizations}: alias -> name, for the names watched. */
    private static Map<String, String> importAliases(PyNode module, Set<String> watched) {
        Map<String, String> aliases = new HashMap<>();
        for (PyNode aliased : module.findAll("aliased_import")) {
            Optional<String> name = aliased.child("name").map(PyNode::text).map(n -> n.substring(n.lastIndexOf('.') + 1));
            Optional<String> alias = aliased.child("alias").map(PyNode::text);
            if (name.isPresent() && alias.isPresent() && watched.contains(name.get())) {
                aliases.put(alias.get(), name.get());
            }
        }
        return aliases;
    }

    /** The function's own {@code def} name, a name in an import statement, a keyword argument's name. */
    private static boolean isDeclarationOrImport(PyNode identifier) {
        Optional<PyNode> parent = identifier.parent();
        if (parent.isEmpty()) {
            return true;
        }
        return (parent.get().is("function_definition") && "name".equals(identifier.field()))
                || (parent.get().is("keyword_argument") && "name".equals(identifier.field()))
                || identifier.ancestor(IMPORTS).isPresent();
    }

    private static boolean overlapping(List<Rewrite.Done> done) {
        List<TextEdit> all = new ArrayList<>();
        done.forEach(d -> all.addAll(d.edits()));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                TextEdit a = all.get(i);
                TextEdit b = all.get(j);
                if (a.startOffset() < b.endOffset() && b.startOffset() < a.endOffset()) {
                    return true;
                }
            }
        }
        return false;
    }
}
