package dev.ormlint.analyzer.python;

import dev.ormlint.analyzer.python.PyScope.PyClass;
import dev.ormlint.analyzer.python.PyScope.PyFunction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the scopes of one parsed module: imports (resolving relative ones against the module's own
 * name), assignments, {@code with ... as} and loop targets, parameters, returns and yields, functions
 * and classes, each into the scope it belongs to (a nested function's body is its own scope).
 */
public final class ModuleScopes {

    /** Statements nested deeper than this are not read: no binding a rule relies on sits there, and the stack stays small. */
    private static final int MAX_DEPTH = 400;

    private final String moduleName;
    private final boolean isPackage;
    private final Set<String> imported = new LinkedHashSet<>();

    private ModuleScopes(String moduleName, boolean isPackage) {
        this.moduleName = moduleName;
        this.isPackage = isPackage;
    }

    /** The module at '/'-separated {@code path} (relative to the scan root) whose tree is {@code tree}. */
    public static PyModule of(String path, PyTree tree) {
        ModuleScopes reader = new ModuleScopes(PyModule.nameOf(path), PyModule.isPackagePath(path));
        PyScope scope = new PyScope();
        reader.read(tree.module(), scope, null);
        return new PyModule(reader.moduleName, reader.isPackage, scope, Set.copyOf(reader.imported));
    }

    /** Reads the statements below {@code node} into {@code scope}, not descending into nested scopes. */
    private void read(PyNode node, PyScope scope, FunctionBody function) {
        read(node, scope, function, 0);
    }

    private void read(PyNode node, PyScope scope, FunctionBody function, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (PyNode child : node.children()) {
            switch (child.type()) {
                case "import_statement" -> importModules(child, scope);
                case "import_from_statement" -> importNames(child, scope);
                case "function_definition" -> scope.define(function(child, List.of()));
                case "class_definition" -> scope.define(type(child, List.of()));
                case "decorated_definition" -> decorated(child, scope);
                case "assignment", "augmented_assignment" -> {
                    assignment(child, scope);
                    read(child, scope, function, depth + 1);
                }
                case "named_expression" -> {
                    child.child("name").ifPresent(n -> scope.bind(n.text(), PyValue.of(child.child("value").orElse(null))));
                    read(child, scope, function, depth + 1);
                }
                case "with_item" -> {
                    withItem(child, scope);
                    read(child, scope, function, depth + 1);
                }
                case "for_statement", "for_in_clause" -> {
                    child.child("left").ifPresent(target -> bindUnknown(target, scope));
                    read(child, scope, function, depth + 1);
                }
                case "except_clause" -> {
                    child.namedChildren().stream().filter(n -> n.is("as_pattern")).findFirst()
                            .flatMap(p -> p.child("alias")).ifPresent(alias -> bindUnknown(alias, scope));
                    read(child, scope, function, depth + 1);
                }
                case "return_statement" -> {
                    if (function != null) {
                        child.namedChildren().stream().findFirst().ifPresent(v -> function.returns.add(PyValue.of(v)));
                    }
                    read(child, scope, function, depth + 1);
                }
                case "yield" -> {
                    if (function != null) {
                        function.generator = true;
                        child.namedChildren().stream().findFirst().ifPresent(v -> function.yields.add(PyValue.of(v)));
                    }
                    read(child, scope, function, depth + 1);
                }
                case "lambda" -> {
                    // A lambda's parameters are its own; nothing in it is bound in this scope.
                }
                default -> read(child, scope, function, depth + 1);
            }
        }
    }

    private static final class FunctionBody {
        final List<PyValue> returns = new ArrayList<>();
        final List<PyValue> yields = new ArrayList<>();
        boolean generator;
    }

    private PyFunction function(PyNode def, List<PyValue> decorators) {
        PyScope scope = new PyScope();
        def.child("parameters").ifPresent(params -> parameters(params, scope));
        FunctionBody body = new FunctionBody();
        def.child("body").ifPresent(b -> read(b, scope, body));
        String name = def.child("name").map(PyNode::text).orElse("");
        // A generator stands for what it yields: FastAPI's Depends() and @contextmanager both hand that out.
        List<PyValue> results = body.generator ? body.yields : body.returns;
        return new PyFunction(name, scope, List.copyOf(results), body.generator, decorators);
    }

    private PyClass type(PyNode def, List<PyValue> decorators) {
        PyValue.Call header = PyValue.callWith(PyValue.Unknown.VALUE, def.child("superclasses").orElse(null));
        PyScope body = new PyScope();
        def.child("body").ifPresent(b -> read(b, body, null));
        return new PyClass(def.child("name").map(PyNode::text).orElse(""), header.arguments(), header.keywords(),
                decorators, body);
    }

    private void decorated(PyNode node, PyScope scope) {
        List<PyValue> decorators = node.namedChildren().stream().filter(n -> n.is("decorator"))
                .map(d -> d.namedChildren().isEmpty() ? PyValue.Unknown.VALUE : PyValue.of(d.namedChildren().get(0)))
                .toList();
        node.child("definition").ifPresent(def -> {
            if (def.is("function_definition")) {
                scope.define(function(def, decorators));
            } else if (def.is("class_definition")) {
                scope.define(type(def, decorators));
            }
        });
    }

    private static void parameters(PyNode params, PyScope scope) {
        for (PyNode param : params.namedChildren()) {
            switch (param.type()) {
                case "identifier" -> scope.bind(param.text(), new PyValue.Parameter(PyValue.Unknown.VALUE, PyValue.Unknown.VALUE));
                case "typed_parameter" -> param.namedChildren().stream().filter(n -> n.is("identifier")).findFirst()
                        .ifPresent(name -> scope.bind(name.text(), new PyValue.Parameter(
                                PyValue.of(param.child("type").orElse(null)), PyValue.Unknown.VALUE)));
                case "default_parameter", "typed_default_parameter" -> param.child("name").ifPresent(name ->
                        scope.bind(name.text(), new PyValue.Parameter(PyValue.of(param.child("type").orElse(null)),
                                PyValue.of(param.child("value").orElse(null)))));
                default -> param.namedChildren().stream().filter(n -> n.is("identifier"))
                        .forEach(name -> scope.bind(name.text(), PyValue.Unknown.VALUE));
            }
        }
    }

    private static void assignment(PyNode node, PyScope scope) {
        Optional<PyNode> left = node.child("left");
        if (left.isEmpty()) {
            return;
        }
        if (node.is("assignment") && left.get().is("identifier")) {
            PyValue value = node.child("right").map(PyValue::of)
                    .orElseGet(() -> node.child("type").map(t -> (PyValue) new PyValue.Parameter(PyValue.of(t),
                            PyValue.Unknown.VALUE)).orElse(PyValue.Unknown.VALUE));
            scope.bind(left.get().text(), value);
        } else {
            bindUnknown(left.get(), scope);
        }
    }

    private static void withItem(PyNode item, PyScope scope) {
        item.child("value").filter(v -> v.is("as_pattern")).ifPresent(pattern -> {
            PyValue entered = new PyValue.Enter(PyValue.of(pattern.namedChildren().get(0)));
            pattern.child("alias").ifPresent(alias -> {
                List<PyNode> targets = alias.namedChildren();
                if (targets.size() == 1 && targets.get(0).is("identifier")) {
                    scope.bind(targets.get(0).text(), entered);
                } else {
                    bindUnknown(alias, scope);
                }
            });
        });
    }

    /** Every name in an assignment target that facts cannot follow (tuples, loop variables): bound, unknown. */
    private static void bindUnknown(PyNode target, PyScope scope) {
        target.walk(n -> {
            if (n.is("identifier") && !"attribute".equals(n.field()) && n.parent().map(p -> !p.is("attribute")).orElse(true)) {
                scope.bind(n.text(), PyValue.Unknown.VALUE);
            }
        });
    }

    private void importModules(PyNode statement, PyScope scope) {
        for (PyNode name : statement.children("name")) {
            if (name.is("aliased_import")) {
                String module = name.child("name").map(PyNode::text).orElse("");
                imported.add(module);
                name.child("alias").ifPresent(alias -> scope.addImport(alias.text(), module));
            } else {
                String module = name.text();
                imported.add(module);
                String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
                scope.addImport(top, top);
            }
        }
    }

    private void importNames(PyNode statement, PyScope scope) {
        Optional<String> module = statement.child("module_name").flatMap(this::moduleOf);
        if (module.isEmpty()) {
            return;
        }
        imported.add(module.get());
        for (PyNode name : statement.children("name")) {
            String original = name.is("aliased_import") ? name.child("name").map(PyNode::text).orElse("") : name.text();
            String local = name.is("aliased_import") ? name.child("alias").map(PyNode::text).orElse(original) : original;
            String qualified = module.get().isEmpty() ? original : module.get() + "." + original;
            // `from app import db` may import the module app.db: the gate must see it as imported.
            imported.add(qualified);
            scope.addImport(local, qualified);
        }
    }

    /** The qualified module of an import's module name; relative ones resolved against this module. */
    private Optional<String> moduleOf(PyNode node) {
        if (!node.is("relative_import")) {
            return Optional.of(node.text());
        }
        String prefix = node.namedChildren().stream().filter(n -> n.is("import_prefix")).findFirst()
                .map(PyNode::text).orElse(".");
        String rest = node.namedChildren().stream().filter(n -> n.is("dotted_name")).findFirst()
                .map(PyNode::text).orElse("");
        List<String> base = moduleName.isEmpty() ? List.of() : List.of(moduleName.split("\\."));
        int up = prefix.length() - (isPackage ? 1 : 0);
        if (up > base.size()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(base.subList(0, base.size() - up));
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return Optional.of(String.join(".", parts));
    }
}
