package dev.ormlint.analyzer.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every Python module of the scan, by dotted name: what a module in one file knows of the others
 * (the sessions, engines and statements their functions return, their mapped classes), and which
 * modules touch the ORM at all (the trigger gate). A module is found by the dotted name an import
 * uses even when the scan root sits above the import root ({@code src/app/db.py} answers to
 * {@code app.db}); a name two modules answer to is ambiguous and resolves to neither.
 */
public final class PythonIndex {

    public static final PythonIndex EMPTY = of(List.of());

    /**
     * Modules by every dotted suffix of their name ({@code src.app.db} under {@code db},
     * {@code app.db} and {@code src.app.db}): a large project has thousands of {@code models}
     * modules, and an import is resolved by one lookup instead of a search among them.
     */
    private final Map<String, List<PyModule>> bySuffix = new HashMap<>();
    private final Map<String, PyModule> byName = new HashMap<>();
    private final Set<String> ormModules = new HashSet<>();

    private PythonIndex(List<PyModule> modules) {
        for (PyModule module : modules) {
            String name = module.name();
            byName.putIfAbsent(name, module);
            bySuffix.computeIfAbsent(name, k -> new ArrayList<>()).add(module);
            for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
                bySuffix.computeIfAbsent(name.substring(dot + 1), k -> new ArrayList<>()).add(module);
            }
        }
        markOrmModules(modules);
    }

    public static PythonIndex of(List<PyModule> modules) {
        return new PythonIndex(modules);
    }

    /** The project module that {@code dotted} names, if exactly one answers to it. */
    public Optional<PyModule> module(String dotted) {
        List<PyModule> candidates = bySuffix.getOrDefault(dotted, List.of());
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        // The exact name wins over modules that answer to it only as a suffix.
        return candidates.isEmpty() ? Optional.empty() : Optional.ofNullable(byName.get(dotted));
    }

    /** Whether the module imports SQLAlchemy, Flask-SQLAlchemy or SQLModel, or a project module that does. */
    public boolean usesOrm(PyModule module) {
        return ormModules.contains(module.name());
    }

    /** Whether a module with these imports would pass the gate (for a file checked without being indexed). */
    public boolean importsOrm(Set<String> imported) {
        return imported.stream().anyMatch(m -> SqlAlchemyApi.isOrmLibrary(m)
                || module(m).map(p -> ormModules.contains(p.name())).orElse(false));
    }

    private void markOrmModules(List<PyModule> modules) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (PyModule module : modules) {
                if (!ormModules.contains(module.name()) && importsOrm(module.imported())) {
                    ormModules.add(module.name());
                    changed = true;
                }
            }
        }
    }
}
