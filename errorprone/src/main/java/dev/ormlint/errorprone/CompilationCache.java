package dev.ormlint.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.tools.javac.util.Context;
import java.util.function.Function;

/**
 * A value computed once per javac compilation, whichever checker asks first, and kept in its
 * {@link Context}; {@link UnitCache} is the same per compilation unit.
 */
final class CompilationCache<T> {

    private final Context.Key<T> key = new Context.Key<>();
    private final Function<VisitorState, T> compute;

    CompilationCache(Function<VisitorState, T> compute) {
        this.compute = compute;
    }

    T of(VisitorState state) {
        T value = state.context.get(key);
        if (value == null) {
            value = compute.apply(state);
            state.context.put(key, value);
        }
        return value;
    }
}
