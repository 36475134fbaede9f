package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.Expression;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeRef;
import java.util.Optional;

/**
 * Checks that the session a legacy query was created on can run the migrated one: a Hibernate
 * session always can; a project's own session wrapper only if it declares the methods used.
 */
final class SessionAccess {

    private static final String SHARED_SESSION = "org.hibernate.SharedSessionContract";

    private SessionAccess() {
    }

    /** @param methods {@code name/argumentCount} pairs the migrated query calls on the session */
    static void require(SessionRef session, ProjectIndex index, String... methods) throws Unsupported {
        Optional<TypeRef> type = session.type();
        if (type.isEmpty()) {
            throw new Unsupported("session `" + session + "`", "session type unknown");
        }
        if (index.isSubtype(type.get(), SHARED_SESSION)) {
            return;
        }
        for (String method : methods) {
            String[] parts = method.split("/");
            if (index.findMethod(type.get(), parts[0], Integer.parseInt(parts[1])).isEmpty()) {
                throw new Unsupported("session wrapper " + type.get().simpleName(),
                        "session wrapper without " + parts[0] + "(..)");
            }
        }
    }

    /** Whether the session expression may be evaluated twice: a variable, a field or a getter. */
    static boolean reusable(Expression session) {
        if (session.isNameExpr() || session.isThisExpr()
                || session.isFieldAccessExpr() && reusable(session.asFieldAccessExpr().getScope())) {
            return true;
        }
        return session.isMethodCallExpr() && session.asMethodCallExpr().getArguments().isEmpty()
                && (session.asMethodCallExpr().getNameAsString().startsWith("get")
                || session.asMethodCallExpr().getNameAsString().equals("currentSession")
                || session.asMethodCallExpr().getNameAsString().equals("session"))
                && session.asMethodCallExpr().getScope().map(SessionAccess::reusable).orElse(true);
    }
}
