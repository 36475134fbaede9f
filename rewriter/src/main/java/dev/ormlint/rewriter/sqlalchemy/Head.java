package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.rewriter.sqlalchemy.ChainRewriter.Edits;

/**
 * Where a chain starts, and so how its 2.0 form opens: on {@code session.query(X)} the session call
 * and {@code select} replace {@code .query}; on a local variable that already holds the
 * {@code select(X)} the session call goes before the variable.
 */
sealed interface Head {

    /** Opens a run of the statement: {@code session.<opening>} followed by the statement. */
    void run(Edits edits, String opening);

    /** The chain is used as a statement, not run: {@code select(...)} with no session. */
    void statement(Edits edits);

    /** {@code session.query(X)}: {@code function} is the {@code session.query} attribute. */
    record Origin(PyNode function) implements Head {

        PyNode receiver() {
            return function.child("object").orElseThrow();
        }

        @Override
        public void run(Edits edits, String opening) {
            edits.replace(receiver().endIndex(), function.endIndex(), "." + opening + edits.name("select"));
        }

        @Override
        public void statement(Edits edits) {
            edits.replace(function, edits.name("select"));
        }
    }

    /** A variable assigned {@code select(X)} by its migrated origin; {@code session} is the origin's receiver text. */
    record Variable(PyNode identifier, String session) implements Head {

        @Override
        public void run(Edits edits, String opening) {
            edits.insert(identifier.startIndex(), session + "." + opening);
        }

        @Override
        public void statement(Edits edits) {
            // the variable already holds the statement
        }
    }
}
