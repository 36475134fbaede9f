package dev.ormlint.analyzer.python;

import java.util.List;
import java.util.Set;

/**
 * One Python module as the project index keeps it: its dotted name (from its path), its top-level
 * scope, and the modules it imports. Built from the tree by {@link ModuleScopes}; holds no tree.
 *
 * @param name      dotted module name from the file's path ({@code app/db.py} -> {@code app.db},
 *                  {@code app/__init__.py} -> {@code app})
 * @param isPackage an {@code __init__.py}: relative imports start from the module itself
 * @param scope     the module's top-level names
 * @param imported  every module named in an import, qualified ({@code sqlalchemy.orm}, {@code app.db})
 */
public record PyModule(String name, boolean isPackage, PyScope scope, Set<String> imported) {

    /** The dotted module name of a '/'-separated path relative to the scan root, e.g. {@code src/app/db.py}. */
    public static String nameOf(String path) {
        String withoutSuffix = path.endsWith(".py") ? path.substring(0, path.length() - 3) : path;
        if (withoutSuffix.endsWith("/__init__")) {
            withoutSuffix = withoutSuffix.substring(0, withoutSuffix.length() - "/__init__".length());
        } else if (withoutSuffix.equals("__init__")) {
            withoutSuffix = "";
        }
        return withoutSuffix.replace('/', '.');
    }

    public static boolean isPackagePath(String path) {
        return path.equals("__init__.py") || path.endsWith("/__init__.py");
    }

    List<String> parts() {
        return List.of(name.split("\\."));
    }
}
