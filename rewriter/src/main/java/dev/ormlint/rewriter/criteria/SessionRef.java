package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.Expression;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.Optional;

/**
 * The session a legacy query was created on, as the migrated query writes it.
 *
 * @param text     the expression, as written where the query is
 * @param type     its static type, where known
 * @param reusable whether it may be evaluated twice: a variable, a field or a getter
 */
record SessionRef(String text, Optional<TypeRef> type, boolean reusable) {

    /** The scope of {@code session.createCriteria(..)}, as written. */
    static SessionRef written(Expression session, SourceText source, TypeFacts facts) {
        return new SessionRef(source.of(session), facts.typeOf(session), SessionAccess.reusable(session));
    }

    @Override
    public String toString() {
        return text;
    }
}
