package dev.ormlint.analyzer.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names one Python scope (a module, a function, a class body) binds: imports, assignments and
 * {@code with ... as} targets, parameters, and the functions and classes defined in it. A name bound
 * several times keeps every value; facts about it hold only when all of them agree.
 */
public final class PyScope {

    private final Map<String, String> imports = new LinkedHashMap<>();
    private final Map<String, List<PyValue>> bindings = new LinkedHashMap<>();
    private final Map<String, PyFunction> functions = new LinkedHashMap<>();
    private final Map<String, PyClass> classes = new LinkedHashMap<>();

    /** A function: its own scope, and what it returns (or yields, for generators and context managers). */
    public record PyFunction(String name, PyScope scope, List<PyValue> returns, boolean generator,
                             List<PyValue> decorators) {
    }

    /** A class: bases, class keywords ({@code table=True}), decorators, and its body's scope (methods, attributes). */
    public record PyClass(String name, List<PyValue> bases, Map<String, PyValue> keywords, List<PyValue> decorators,
                          PyScope body) {
    }

    void addImport(String localName, String qualifiedName) {
        imports.put(localName, qualifiedName);
        bindings.remove(localName);
    }

    void bind(String name, PyValue value) {
        bindings.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
    }

    void define(PyFunction function) {
        functions.put(function.name(), function);
    }

    void define(PyClass type) {
        classes.put(type.name(), type);
    }

    /** The qualified name a name was imported as ({@code sa} -> {@code sqlalchemy}), if it was. */
    public Optional<String> importOf(String name) {
        return Optional.ofNullable(imports.get(name));
    }

    public Map<String, String> imports() {
        return imports;
    }

    public List<PyValue> bindings(String name) {
        return bindings.getOrDefault(name, List.of());
    }

    public Optional<PyFunction> function(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    public Optional<PyClass> type(String name) {
        return Optional.ofNullable(classes.get(name));
    }

    /** Whether the name is bound in this scope at all (so it hides the enclosing scopes' name). */
    public boolean binds(String name) {
        return imports.containsKey(name) || bindings.containsKey(name) || functions.containsKey(name)
                || classes.containsKey(name);
    }
}
