package dev.ormlint.analyzer.index;

import java.util.List;
import java.util.Map;

/**
 * The names visible in one compilation unit: its package, its single-type imports (simple name to
 * qualified name) and its on-demand ({@code .*}) imports. Kept with each indexed type so that the
 * type's supertypes and members can be resolved once every type of the project is known.
 */
public record ImportScope(String packageName, Map<String, String> singleImports, List<String> wildcardImports,
                          Map<String, String> staticImports, List<String> staticWildcardImports) {

    public ImportScope {
        singleImports = Map.copyOf(singleImports);
        wildcardImports = List.copyOf(wildcardImports);
        staticImports = Map.copyOf(staticImports);
        staticWildcardImports = List.copyOf(staticWildcardImports);
    }
}
