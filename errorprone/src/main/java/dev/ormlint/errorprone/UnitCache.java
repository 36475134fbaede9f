package dev.ormlint.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A value computed once per compilation unit, whichever checker asks first, and kept in javac's
 * {@link Context}: shared by the checkers of one compilation and never seen by another one,
 * however many run one after the other or side by side in the same JVM.
 */
final class UnitCache<T> {

    private final Context.Key<Map<CompilationUnitTree, T>> key = new Context.Key<>();
    private final BiFunction<CompilationUnitTree, VisitorState, T> compute;

    UnitCache(BiFunction<CompilationUnitTree, VisitorState, T> compute) {
        this.compute = compute;
    }

    T of(VisitorState state) {
        Map<CompilationUnitTree, T> perUnit = state.context.get(key);
        if (perUnit == null) {
            perUnit = new IdentityHashMap<>();
            state.context.put(key, perUnit);
        }
        return perUnit.computeIfAbsent(state.getPath().getCompilationUnit(), unit -> compute.apply(unit, state));
    }
}
