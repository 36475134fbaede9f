package dev.ormlint.rewriter.sqlalchemy;

import java.util.Map;

/**
 * How one file spells the sqlalchemy names the migration writes ({@code select}, {@code func},
 * {@code delete}, {@code update}): as themselves, or as {@code sql_<name>} where the file already
 * binds the name to something else (a {@code def delete(...)} in a service module).
 */
record Spelling(Map<String, String> aliases) {

    static final Spelling PLAIN = new Spelling(Map.of());

    Spelling {
        aliases = Map.copyOf(aliases);
    }

    String of(String name) {
        return aliases.getOrDefault(name, name);
    }
}
