package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.rewriter.sqlalchemy.ChainRewriter.Edits;

/**
 * Where a chain starts, and so how its 2.0 form opens: on {@code session.query(X)} the session call
 * and {@code select} replace {@code .query}; on Flask-SQLAlchemy's {@code X.query} they replace the
 * attribute; on a local variable that already holds the {@code select(X)} the session call goes
 * before the variable.
 */
sealed interface Head {

    /** Opens a run of the statement: {@code session.<opening>} followed by the statement. */
    void run(Edits edits, String opening);

    /** The chain is used as a statement, not run: {@code select(...)} with no session. */
    void statement(Edits edits);

    /** Opens a bulk write: {@code session.execute(delete(X)} or {@code update}; false where this head cannot. */
    default boolean bulk(Edits edits, String statement) {
        return false;
    }

    /** {@code session.get(X, key)} over the head and the text up to {@code end}; false where this head cannot. */
    default boolean get(Edits edits, String entity, String key, int end) {
        return false;
    }

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

        @Override
        public boolean bulk(Edits edits, String statement) {
            edits.replace(receiver().endIndex(), function.endIndex(), ".execute(" + edits.name(statement));
            return true;
        }

        @Override
        public boolean get(Edits edits, String entity, String key, int end) {
            edits.replace(receiver().endIndex(), end, ".get(" + entity + ", " + key + ")");
            return true;
        }
    }

    /**
     * Flask-SQLAlchemy's {@code Model.query} ({@code db.session.query(Model)}): the attribute is
     * replaced by the session call on {@code session} ({@code db.session}) and {@code select(selection)}:
     * the model, or the columns a {@code with_entities(...)} put in its place.
     */
    record ModelQuery(PyNode attribute, PyNode model, String selection, String session) implements Head {

        @Override
        public void run(Edits edits, String opening) {
            edits.replace(attribute, session + "." + opening + edits.name("select") + "(" + selection + ")");
        }

        @Override
        public void statement(Edits edits) {
            edits.replace(attribute, edits.name("select") + "(" + selection + ")");
        }

        @Override
        public boolean bulk(Edits edits, String statement) {
            edits.replace(attribute, session + ".execute(" + edits.name(statement) + "(" + model.text() + ")");
            return true;
        }

        @Override
        public boolean get(Edits edits, String entity, String key, int end) {
            edits.replace(attribute.startIndex(), end, session + ".get(" + entity + ", " + key + ")");
            return true;
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
