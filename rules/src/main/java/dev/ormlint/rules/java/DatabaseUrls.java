package dev.ormlint.rules.java;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a JDBC URL says about the path between a pool and its database. */
final class DatabaseUrls {

    /** The host after {@code //} (most drivers) or {@code @} (Oracle thin, {@code @host:port:sid} or {@code @//host}). */
    private static final Pattern HOST = Pattern.compile("^jdbc:[^/@]*?(?://|@(?://)?)(\\[[^]]*]|[^:/;?,)]*)");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "[::1]");

    private DatabaseUrls() {
    }

    /**
     * A database that runs inside the application's JVM: in-memory and file databases of H2, HSQLDB,
     * Derby and SQLite. No network lies between the pool and them, so nothing on the way closes an
     * idle connection and the pool rules have nothing to say about them.
     */
    static boolean isEmbedded(String jdbcUrl) {
        String url = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                || url.startsWith("jdbc:hsqldb:mem:") || url.startsWith("jdbc:hsqldb:file:")
                || url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://")
                || url.startsWith("jdbc:sqlite:");
    }

    /**
     * A database server on the application's own host ({@code localhost}, {@code 127.x.x.x},
     * {@code [::1]}): no proxy, load balancer, NAT gateway or firewall on the path to time out.
     */
    static boolean isLoopback(String jdbcUrl) {
        Matcher host = HOST.matcher(jdbcUrl.strip().toLowerCase(Locale.ROOT));
        return host.find() && (LOOPBACK_NAMES.contains(host.group(1)) || host.group(1).startsWith("127."));
    }
}
