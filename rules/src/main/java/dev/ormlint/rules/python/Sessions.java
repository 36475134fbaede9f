package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;

/** Sessions as the rules see them: typed by the facts, or recognised by their use (untyped {@code db_session} parameters). */
final class Sessions {

    private Sessions() {
    }

    static boolean isSession(PyNode expression, PythonTypes types) {
        return types.isSession(expression) || types.isSessionByUse(expression);
    }
}
