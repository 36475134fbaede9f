package dev.ormlint.rules.java;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The JDBC connection pools the pool rules know, with the Java types that create them. */
enum Pool {
    HIKARI("HikariCP", Set.of("com.zaxxer.hikari.HikariConfig"), Set.of("com.zaxxer.hikari.HikariDataSource")),
    TOMCAT("Tomcat JDBC", Set.of("org.apache.tomcat.jdbc.pool.PoolProperties"),
            Set.of("org.apache.tomcat.jdbc.pool.DataSource")),
    DBCP2("Commons DBCP2", Set.of(), Set.of("org.apache.commons.dbcp2.BasicDataSource")),
    C3P0("c3p0", Set.of(), Set.of("com.mchange.v2.c3p0.ComboPooledDataSource")),
    AGROAL("Agroal", Set.of(), Set.of()),
    HIBERNATE_BUILT_IN("Hibernate's built-in pool", Set.of(), Set.of());

    private final String displayName;
    private final Set<String> configurationTypes;
    private final Set<String> dataSourceTypes;

    Pool(String displayName, Set<String> configurationTypes, Set<String> dataSourceTypes) {
        this.displayName = displayName;
        this.configurationTypes = configurationTypes;
        this.dataSourceTypes = dataSourceTypes;
    }

    String displayName() {
        return displayName;
    }

    /** Strings whose absence from a Java file means it creates none of these pools. */
    static Set<String> javaTriggers() {
        return Set.of("com.zaxxer.hikari", "org.apache.tomcat.jdbc.pool", "org.apache.commons.dbcp2",
                "com.mchange.v2.c3p0", DataSourceBuilders.trigger());
    }

    static Optional<Pool> ofJavaType(String qualifiedName) {
        return Arrays.stream(values())
                .filter(p -> p.configurationTypes.contains(qualifiedName) || p.dataSourceTypes.contains(qualifiedName))
                .findFirst();
    }

    /** A finished pool rather than a configuration object that is still being filled in. */
    static boolean isDataSourceType(String qualifiedName) {
        return Arrays.stream(values()).anyMatch(p -> p.dataSourceTypes.contains(qualifiedName));
    }
}
