package dev.ormlint.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.tools.javac.util.Log;
import dev.ormlint.analyzer.Notice;
import java.util.List;

/** ormlint's notices (a file it cannot parse, an internal error) as javac notes: shown, never failing the build. */
final class CompilerNotices {

    private CompilerNotices() {
    }

    static void print(VisitorState state, List<Notice> notices) {
        Log log = Log.instance(state.context);
        notices.forEach(n -> log.printRawLines(Log.WriterKind.NOTICE, "ormlint: " + n.path() + ": " + n.message()));
    }
}
