package dev.ormlint.rules.java;

import java.util.Locale;

/**
 * JDBC URLs of databases that run inside the application's JVM: in-memory and file databases of
 * H2, HSQLDB, Derby and SQLite. No network lies between the pool and them, so nothing on the way
 * closes an idle connection and the pool rules have nothing to say about them.
 */
final class EmbeddedDatabases {

    private EmbeddedDatabases() {
    }

    static boolean isEmbedded(String jdbcUrl) {
        String url = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                || url.startsWith("jdbc:hsqldb:mem:") || url.startsWith("jdbc:hsqldb:file:")
                || url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://")
                || url.startsWith("jdbc:sqlite:");
    }
}
