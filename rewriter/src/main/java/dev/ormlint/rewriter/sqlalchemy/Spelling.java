package dev.ormlint.rewriter.sqlalchemy;

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
 */
record Spelling(Map<String, String> aliases, Optional<String> flaskSession) {

    Spelling {
        aliases = Map.copyOf(aliases);
    }

    String of(String name) {
        return aliases.getOrDefault(name, name);
    }
}
