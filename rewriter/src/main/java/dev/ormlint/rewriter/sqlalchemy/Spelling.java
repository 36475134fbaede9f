package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.TextEdit;
import java.util.Map;
import java.util.Optional;

/**
 * How one file spells what the migration writes: the sqlalchemy names ({@code select}, {@code func},
 * {@code delete}, {@code update}) as themselves, or as {@code sql_<name>} where the file already
 * binds the name to something else (a {@code def delete(...)} in a service module); and the session
 * of its Flask-SQLAlchemy object ({@code db.session}) where it has one in scope.
 *
 * @param aliases      name -> alias, for the names the file binds
 * @param flaskSession {@code db.session} when the file binds a Flask-SQLAlchemy object's name at its top level
 *                     (or {@code models.db.session} through a module it imports, or {@code db.session} once
 *                     {@code flaskImport} adds {@code db} to an import of the module that has it)
 * @param flaskImport  the edit that imports the Flask-SQLAlchemy object, where the file does not have it yet
 */
record Spelling(Map<String, String> aliases, Optional<String> flaskSession, Optional<TextEdit> flaskImport) {

    Spelling {
        aliases = Map.copyOf(aliases);
    }

    String of(String name) {
        return aliases.getOrDefault(name, name);
    }
}
