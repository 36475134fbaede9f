package dev.ormlint.analyzer.python;

import dev.ormlint.analyzer.python.PyScope.PyClass;
import dev.ormlint.analyzer.python.PyScope.PyFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Type facts for the expressions of one Python file, resolved the way ruff's semantic model resolves
 * names: through the file's imports and aliases ({@code sa.create_engine} under
 * {@code import sqlalchemy as sa} is {@code sqlalchemy.create_engine}), through the scopes the
 * expression sits in, and through the other modules of the project ({@link PythonIndex}): a function
 * in one module returning a session, an engine or a statement is known as such in another. A name
 * that resolves to nothing known, or to different things on different assignments, has no facts:
 * rules stay silent on it.
 */
public final class PythonTypes {

    /** Resolution steps before giving up: bounds chains of assignments, returns and imports, and cycles. */
    private static final int MAX_STEPS = 32;
    private static final Set<String> SCOPE_NODES = Set.of("function_definition", "class_definition");
    /** Library classes whose name in an annotation makes the parameter an instance the facts follow. */
    private static final Set<String> ANNOTATION_TYPES = Set.of(SqlAlchemyApi.SESSION, SqlAlchemyApi.ASYNC_SESSION,
            SqlAlchemyApi.SCOPED_SESSION, SqlAlchemyApi.ASYNC_SCOPED_SESSION, SqlAlchemyApi.SESSION_FACTORY,
            SqlAlchemyApi.ASYNC_SESSION_FACTORY, SqlAlchemyApi.ENGINE, SqlAlchemyApi.ASYNC_ENGINE,
            SqlAlchemyApi.CONNECTION, SqlAlchemyApi.ASYNC_CONNECTION, SqlAlchemyApi.SELECT, SqlAlchemyApi.TABLE);

    /** What an expression resolves to. */
    sealed interface Resolved {
    }

    /** A library name (module, class, function), by its canonical qualified name. */
    record Named(String name) implements Resolved {
    }

    record Instance(String type) implements Resolved {
    }

    /** A bound library method, e.g. {@code engine.connect}. */
    record Method(String ownerType, String name) implements Resolved {
    }

    record ProjectModule(PyModule module) implements Resolved {
    }

    record ProjectFunction(PyModule module, PyFunction function, List<PyScope> definedIn) implements Resolved {
    }

    record ProjectClass(PyModule module, PyClass type, List<PyScope> definedIn) implements Resolved {
        String qualifiedName() {
            return module.name().isEmpty() ? type.name() : module.name() + "." + type.name();
        }
    }

    enum Nothing implements Resolved {
        KNOWN
    }

    private final PyModule module;
    private final PythonIndex index;
    /** What each asked-about expression of this file resolved to: rules ask about the same calls. */
    private final Map<PyNode, Resolved> resolvedNodes = new IdentityHashMap<>();
    /** What each module-level name of a project module resolved to, for this file's questions. */
    private final Map<PyModule, Map<String, Resolved>> moduleNames = new IdentityHashMap<>();

    public PythonTypes(PyModule module, PythonIndex index) {
        this.module = module;
        this.index = index;
    }

    public PyModule module() {
        return module;
    }

    /**
     * The canonical qualified name {@code expression} refers to, when it names a library or project
     * module, class or function: {@code sa.orm.Session} -> {@code sqlalchemy.orm.Session},
     * {@code get_session} imported from {@code app.db} -> {@code app.db.get_session}.
     */
    public Optional<String> qualifiedName(PyNode expression) {
        Resolved resolved = resolve(expression);
        if (resolved instanceof Named named) {
            return Optional.of(named.name());
        }
        if (resolved instanceof ProjectClass type) {
            return Optional.of(type.qualifiedName());
        }
        if (resolved instanceof ProjectFunction function) {
            return Optional.of(qualified(function.module(), function.function().name()));
        }
        if (resolved instanceof ProjectModule m) {
            return Optional.of(m.module().name());
        }
        return Optional.empty();
    }

    /** The type of the value {@code expression} evaluates to ({@link SqlAlchemyApi} names, or a project class). */
    public Optional<String> typeOf(PyNode expression) {
        return resolve(expression) instanceof Instance instance ? Optional.of(instance.type()) : Optional.empty();
    }

    public boolean isSession(PyNode expression) {
        return typeOf(expression).filter(SqlAlchemyApi.SESSIONS::contains).isPresent();
    }

    public boolean isAsyncSession(PyNode expression) {
        return typeOf(expression).filter(SqlAlchemyApi.ASYNC_SESSIONS::contains).isPresent();
    }

    public boolean isEngine(PyNode expression) {
        return typeOf(expression).filter(SqlAlchemyApi.ENGINES::contains).isPresent();
    }

    /** A Core or ORM statement: {@code select(...)}, {@code insert(...)}, ... and their chained methods. */
    public boolean isStatement(PyNode expression) {
        return typeOf(expression).filter(SqlAlchemyApi.STATEMENTS::contains).isPresent();
    }

    public boolean isTable(PyNode expression) {
        return typeOf(expression).filter(SqlAlchemyApi.TABLE::equals).isPresent();
    }

    /**
     * The type of the value a dotted name has at this module's top level ({@code db}, or
     * {@code models.db} through {@code from app import models}): for names a migration writes that
     * are not in the tree yet.
     */
    public Optional<String> typeOfTopLevel(String dotted) {
        PyValue value = null;
        for (String part : dotted.split("\\.")) {
            value = value == null ? new PyValue.Name(part) : new PyValue.Attribute(value, part);
        }
        return evaluate(value, List.of(module.scope()), module, 0) instanceof Instance instance
                ? Optional.of(instance.type()) : Optional.empty();
    }

    /** The type of the value a qualified name has ({@code app.models.db}), resolved through the project's modules. */
    public Optional<String> typeOfQualified(String qualifiedName) {
        return qualified(qualifiedName, 0) instanceof Instance instance ? Optional.of(instance.type()) : Optional.empty();
    }

    /** Whether {@code expression} names a class of the project (mapped or not: imperative mappings are not seen). */
    public boolean isProjectClass(PyNode expression) {
        return resolve(expression) instanceof ProjectClass;
    }

    /** Whether {@code expression} names an ORM-mapped class (declarative, {@code db.Model}, SQLModel {@code table=True}, {@code registry.mapped}). */
    public boolean isMappedClass(PyNode expression) {
        return resolve(expression) instanceof ProjectClass type && mapped(type, 0);
    }

    /** What {@code expression} resolves to, in the scopes it sits in. */
    Resolved resolve(PyNode expression) {
        Resolved known = resolvedNodes.get(expression);
        if (known == null) {
            known = evaluate(PyValue.of(expression), scopesAt(expression), module, 0);
            resolvedNodes.put(expression, known);
        }
        return known;
    }

    /** The scopes visible at {@code node}, innermost first; a class body is not visible from its methods. */
    private List<PyScope> scopesAt(PyNode node) {
        List<PyNode> enclosing = new ArrayList<>();
        for (Optional<PyNode> n = node.ancestor(SCOPE_NODES); n.isPresent(); n = n.get().ancestor(SCOPE_NODES)) {
            enclosing.add(0, n.get());
        }
        List<PyScope> chain = new ArrayList<>();
        chain.add(module.scope());
        PyScope current = module.scope();
        for (PyNode def : enclosing) {
            String name = def.child("name").map(PyNode::text).orElse("");
            Optional<PyScope> inner = def.is("function_definition")
                    ? current.function(name).map(PyFunction::scope)
                    : current.type(name).map(PyClass::body);
            if (inner.isEmpty()) {
                break;
            }
            current = inner.get();
            chain.add(0, current);
        }
        // Drop class bodies that are not the innermost scope: methods do not see class attributes by bare name.
        List<PyScope> visible = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            if (i == 0 || !isClassBody(chain.get(i), enclosing)) {
                visible.add(chain.get(i));
            }
        }
        return visible;
    }

    private boolean isClassBody(PyScope scope, List<PyNode> enclosing) {
        PyScope current = module.scope();
        for (PyNode def : enclosing) {
            String name = def.child("name").map(PyNode::text).orElse("");
            if (def.is("class_definition")) {
                Optional<PyScope> body = current.type(name).map(PyClass::body);
                if (body.isPresent() && body.get() == scope) {
                    return true;
                }
                current = body.orElse(current);
            } else {
                current = current.function(name).map(PyFunction::scope).orElse(current);
            }
        }
        return false;
    }

    private Resolved evaluate(PyValue value, List<PyScope> scopes, PyModule in, int steps) {
        if (steps > MAX_STEPS) {
            return Nothing.KNOWN;
        }
        int next = steps + 1;
        if (value instanceof PyValue.Name name) {
            return lookup(name.id(), scopes, in, next);
        }
        if (value instanceof PyValue.Attribute attribute) {
            return attribute(evaluate(attribute.object(), scopes, in, next), attribute.name(), next);
        }
        if (value instanceof PyValue.Call call) {
            return call(evaluate(call.callee(), scopes, in, next), call, scopes, in, next);
        }
        if (value instanceof PyValue.Await await) {
            return evaluate(await.value(), scopes, in, next);
        }
        if (value instanceof PyValue.Enter enter) {
            // Sessions, connections and transactions enter as themselves; project context managers yield.
            return evaluate(enter.value(), scopes, in, next);
        }
        if (value instanceof PyValue.Subscript subscript) {
            return subscript(subscript, scopes, in, next);
        }
        if (value instanceof PyValue.Parameter parameter) {
            return parameter(parameter, scopes, in, next);
        }
        return Nothing.KNOWN;
    }

    private Resolved lookup(String name, List<PyScope> scopes, PyModule in, int steps) {
        if (steps > MAX_STEPS) {
            return Nothing.KNOWN;
        }
        for (int i = 0; i < scopes.size(); i++) {
            PyScope scope = scopes.get(i);
            if (!scope.binds(name)) {
                continue;
            }
            List<PyScope> from = scopes.subList(i, scopes.size());
            Optional<String> imported = scope.importOf(name);
            if (imported.isPresent()) {
                // A module may import from itself or from a module importing it back: each step counts.
                return qualified(imported.get(), steps + 1);
            }
            Optional<PyFunction> function = scope.function(name);
            if (function.isPresent()) {
                return new ProjectFunction(in, function.get(), from);
            }
            Optional<PyClass> type = scope.type(name);
            if (type.isPresent()) {
                return new ProjectClass(in, type.get(), from);
            }
            return agreed(scope.bindings(name), from, in, steps);
        }
        return Nothing.KNOWN;
    }

    /** The one thing all of {@code values} resolve to, or nothing when they differ. */
    private Resolved agreed(List<PyValue> values, List<PyScope> scopes, PyModule in, int steps) {
        Resolved result = null;
        for (PyValue value : values) {
            Resolved each = evaluate(value, scopes, in, steps);
            if (each == Nothing.KNOWN || (result != null && !result.equals(each))) {
                return Nothing.KNOWN;
            }
            result = each;
        }
        return result == null ? Nothing.KNOWN : result;
    }

    /** A qualified name from an import: a project module's name, or a library name. */
    private Resolved qualified(String name, int steps) {
        String[] parts = name.split("\\.");
        for (int length = parts.length; length >= 1; length--) {
            String prefix = String.join(".", Arrays.copyOf(parts, length));
            Optional<PyModule> project = index.module(prefix);
            if (project.isPresent()) {
                Resolved resolved = new ProjectModule(project.get());
                for (int k = length; k < parts.length; k++) {
                    resolved = attribute(resolved, parts[k], steps + 1);
                }
                return resolved;
            }
        }
        return new Named(SqlAlchemyApi.canonical(name));
    }

    private Resolved attribute(Resolved object, String name, int steps) {
        if (object instanceof Named named) {
            return new Named(SqlAlchemyApi.canonical(named.name() + "." + name));
        }
        if (object instanceof ProjectModule m) {
            return lookupIn(m.module(), name, steps);
        }
        if (object instanceof ProjectClass) {
            return classAttribute(name);
        }
        if (object instanceof Instance instance) {
            return instanceAttribute(instance.type(), name);
        }
        return Nothing.KNOWN;
    }

    private Resolved lookupIn(PyModule target, String name, int steps) {
        Map<String, Resolved> names = moduleNames.computeIfAbsent(target, m -> new HashMap<>());
        Resolved known = names.get(name);
        if (known != null) {
            return known;
        }
        // Imports that lead back to this name (a package re-exporting from itself) resolve to nothing.
        names.put(name, Nothing.KNOWN);
        Resolved found = moduleName(target, name, steps);
        names.put(name, found);
        return found;
    }

    private Resolved moduleName(PyModule target, String name, int steps) {
        Resolved found = lookup(name, List.of(target.scope()), target, steps + 1);
        if (found != Nothing.KNOWN) {
            return found;
        }
        // `import app.db` then `app.db.engine`: a submodule of a package.
        return index.module(target.name() + "." + name).<Resolved>map(ProjectModule::new).orElse(Nothing.KNOWN);
    }

    private static Resolved classAttribute(String name) {
        return switch (name) {
            case "__table__" -> new Instance(SqlAlchemyApi.TABLE);
            // Flask-SQLAlchemy's Model.query: the legacy Query of the model.
            case "query" -> new Instance(SqlAlchemyApi.QUERY);
            default -> Nothing.KNOWN;
        };
    }

    private static Resolved instanceAttribute(String type, String name) {
        if (type.equals(SqlAlchemyApi.FLASK_SQLALCHEMY)) {
            String attribute = SqlAlchemyApi.flaskAttribute(name);
            if (attribute == null) {
                // db.select, db.Column, ...: Flask-SQLAlchemy re-exports SQLAlchemy's names.
                return new Named(SqlAlchemyApi.canonical("sqlalchemy." + name));
            }
            return attribute.equals(SqlAlchemyApi.FLASK_MODEL) ? new Named(attribute) : new Instance(attribute);
        }
        return SqlAlchemyApi.hasMethods(type) ? new Method(type, name) : Nothing.KNOWN;
    }

    private Resolved call(Resolved callee, PyValue.Call call, List<PyScope> scopes, PyModule in, int steps) {
        if (callee instanceof Named named) {
            return libraryCall(named.name(), call, scopes, in, steps);
        }
        if (callee instanceof Instance instance) {
            return SqlAlchemyApi.instanceCallResult(instance.type()).<Resolved>map(Instance::new).orElse(Nothing.KNOWN);
        }
        if (callee instanceof Method method) {
            return SqlAlchemyApi.methodResult(method.ownerType(), method.name())
                    .<Resolved>map(t -> t.equals(SqlAlchemyApi.GENERATED_BASE) ? new Named(t) : new Instance(t))
                    .orElse(Nothing.KNOWN);
        }
        if (callee instanceof ProjectClass type) {
            // `class RedashSQLAlchemy(SQLAlchemy)`: an instance of a project subclass has its library base's facts.
            return libraryBase(type, 0).<Resolved>map(Instance::new).orElse(new Instance(type.qualifiedName()));
        }
        if (callee instanceof ProjectFunction function) {
            return agreed(function.function().returns(), prepend(function.function().scope(), function.definedIn()),
                    function.module(), steps);
        }
        return Nothing.KNOWN;
    }

    private Resolved libraryCall(String name, PyValue.Call call, List<PyScope> scopes, PyModule in, int steps) {
        if (name.equals("fastapi.Depends")) {
            // Depends(get_session): FastAPI calls the dependency and hands out what it returns or yields.
            return call.arguments().isEmpty() ? Nothing.KNOWN
                    : call(evaluate(call.arguments().get(0), scopes, in, steps), new PyValue.Call(call.arguments().get(0),
                    List.of(), Map.of()), scopes, in, steps);
        }
        if (name.equals("sqlalchemy.orm.declarative_base")) {
            return new Named(SqlAlchemyApi.GENERATED_BASE);
        }
        if (name.equals(SqlAlchemyApi.SESSION_FACTORY) && call.keywords().containsKey("class_")
                && evaluate(call.keywords().get("class_"), scopes, in, steps).equals(new Named(SqlAlchemyApi.ASYNC_SESSION))) {
            return new Instance(SqlAlchemyApi.ASYNC_SESSION_FACTORY);
        }
        return SqlAlchemyApi.callResult(name).<Resolved>map(Instance::new).orElse(Nothing.KNOWN);
    }

    /** {@code Optional[Session]}, {@code Annotated[Session, ...]}: the type inside. */
    private Resolved subscript(PyValue.Subscript subscript, List<PyScope> scopes, PyModule in, int steps) {
        Resolved generic = evaluate(subscript.value(), scopes, in, steps);
        if (generic instanceof Named named && Set.of("typing.Optional", "typing.Annotated").contains(named.name())
                && !subscript.items().isEmpty()) {
            return evaluate(subscript.items().get(0), scopes, in, steps);
        }
        return Nothing.KNOWN;
    }

    /** An annotated parameter is an instance of its annotation; else its default may say (FastAPI's Depends). */
    private Resolved parameter(PyValue.Parameter parameter, List<PyScope> scopes, PyModule in, int steps) {
        PyValue annotation = parameter.annotation();
        if (annotation instanceof PyValue.Subscript subscript) {
            Resolved generic = evaluate(subscript.value(), scopes, in, steps);
            if (generic instanceof Named named && named.name().equals("typing.Annotated")
                    && subscript.items().size() > 1) {
                Resolved declared = asInstance(evaluate(subscript.items().get(0), scopes, in, steps));
                return declared != Nothing.KNOWN ? declared : evaluate(subscript.items().get(1), scopes, in, steps);
            }
        }
        Resolved declared = asInstance(evaluate(annotation, scopes, in, steps));
        return declared != Nothing.KNOWN ? declared : evaluate(parameter.defaultValue(), scopes, in, steps);
    }

    /** A class named in an annotation stands for its instances. */
    private static Resolved asInstance(Resolved type) {
        if (type instanceof Named named && ANNOTATION_TYPES.contains(named.name())) {
            return new Instance(named.name());
        }
        if (type instanceof ProjectClass project) {
            return new Instance(project.qualifiedName());
        }
        return Nothing.KNOWN;
    }

    private boolean mapped(ProjectClass type, int depth) {
        if (depth > MAX_STEPS) {
            return false;
        }
        for (PyValue decorator : type.type().decorators()) {
            if (decorator instanceof PyValue.Attribute attribute && attribute.name().equals("mapped")
                    && evaluate(attribute.object(), type.definedIn(), type.module(), 0)
                    .equals(new Instance(SqlAlchemyApi.REGISTRY))) {
                return true;
            }
        }
        for (PyValue base : type.type().bases()) {
            Resolved resolved = evaluate(base, type.definedIn(), type.module(), 0);
            if (resolved instanceof Named named) {
                if (named.name().equals(SqlAlchemyApi.GENERATED_BASE) || named.name().equals(SqlAlchemyApi.FLASK_MODEL)) {
                    return true;
                }
                if (named.name().equals(SqlAlchemyApi.SQLMODEL)) {
                    return type.type().keywords().getOrDefault("table", PyValue.Unknown.VALUE)
                            .equals(new PyValue.Literal("True"));
                }
            } else if (resolved instanceof ProjectClass parent
                    && (isDeclarativeBase(parent) || mapped(parent, depth + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The library class with instance facts that project class {@code type} extends, directly or through project classes. */
    private Optional<String> libraryBase(ProjectClass type, int depth) {
        if (depth > MAX_STEPS) {
            return Optional.empty();
        }
        for (PyValue base : type.type().bases()) {
            Resolved resolved = evaluate(base, type.definedIn(), type.module(), 0);
            Optional<String> library = resolved instanceof Named named ? SqlAlchemyApi.callResult(named.name())
                    : resolved instanceof ProjectClass parent ? libraryBase(parent, depth + 1) : Optional.empty();
            if (library.isPresent()) {
                return library;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code expression}, a plain name the facts give no type (an unannotated parameter, a
     * value taken from a dict), is used as a session where it is used: see {@link SessionUses}.
     */
    public boolean isSessionByUse(PyNode expression) {
        return typeOf(expression).isEmpty() && SessionUses.usedAsSession(expression, this);
    }

    /** {@code class Base(DeclarativeBase)}: the base itself is not mapped, its subclasses are. */
    private boolean isDeclarativeBase(ProjectClass type) {
        return type.type().bases().stream().map(b -> evaluate(b, type.definedIn(), type.module(), 0))
                .anyMatch(r -> r instanceof Named named && SqlAlchemyApi.DECLARATIVE_BASES.contains(named.name()));
    }

    private static List<PyScope> prepend(PyScope scope, List<PyScope> outer) {
        List<PyScope> scopes = new ArrayList<>(outer.size() + 1);
        scopes.add(scope);
        scopes.addAll(outer);
        return scopes;
    }

    private static String qualified(PyModule module, String name) {
        return module.name().isEmpty() ? name : module.name() + "." + name;
    }
}
