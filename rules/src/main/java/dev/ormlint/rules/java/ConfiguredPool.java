package dev.ormlint.rules.java;

import dev.ormlint.analyzer.config.ConfigEntry;
import dev.ormlint.analyzer.config.Configuration;
import dev.ormlint.analyzer.config.ProjectConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connection pool a configuration sets up: Spring Boot's {@code spring.datasource.*} (HikariCP
 * unless {@code spring.datasource.type} or the pool-specific keys name another pool), Micronaut's
 * {@code datasources.<name>.*} (HikariCP), Quarkus's {@code quarkus.datasource.jdbc.*} (Agroal), and
 * Hibernate's own connection settings (c3p0, HikariCP, or its built-in pool). Databases embedded in
 * the process and configuration under {@code src/test/} are left out: no network, no production.
 *
 * @param pool          which pool
 * @param prefix        where its own settings live, e.g. {@code spring.datasource.hikari}
 * @param anchor        the setting a finding about a missing key points at (the URL, or the pool's first key)
 * @param configuration the effective configuration it was found in
 */
record ConfiguredPool(Pool pool, String prefix, ConfigEntry anchor, Configuration configuration) {

    private static final Pattern MICRONAUT_URL = Pattern.compile("datasources\\.([^.\\[]+)\\.(url|jdbcurl)");
    private static final Pattern QUARKUS_URL = Pattern.compile("quarkus\\.datasource\\.(?:(\"[^\"]+\"|[^.]+)\\.)?jdbc\\.url");
    private static final List<String> UNKNOWN_SPRING_POOLS = List.of(
            "spring.datasource.druid", "spring.datasource.oracleucp", "spring.datasource.dbcp", "spring.datasource.c3p0");
    private static final List<String> HIBERNATE_URLS = List.of(
            "hibernate.connection.url", "jakarta.persistence.jdbc.url", "javax.persistence.jdbc.url");
    /** Settings that give Hibernate a connection source other than its built-in pool. */
    private static final List<String> HIBERNATE_OTHER_SOURCES = List.of(
            "hibernate.connection.provider_class", "hibernate.connection.datasource", "jta-data-source",
            "non-jta-data-source", "jakarta.persistence.jtaDataSource", "jakarta.persistence.nonJtaDataSource",
            "javax.persistence.jtaDataSource", "javax.persistence.nonJtaDataSource");
    private static final List<String> HIBERNATE_OTHER_POOLS = List.of(
            "hibernate.agroal", "hibernate.vibur", "hibernate.proxool", "hibernate.oracleucp");

    /** The setting {@code name} of this pool ({@code prefix.name}, relaxed). */
    Optional<ConfigEntry> setting(String name) {
        return configuration.get(prefix + "." + name);
    }

    /** The pools set up across every effective configuration of the project. */
    static List<ConfiguredPool> in(ProjectConfig project) {
        return project.configurations().stream().flatMap(configuration -> in(configuration).stream()).toList();
    }

    static List<ConfiguredPool> in(Configuration configuration) {
        if (configuration.layers().stream().allMatch(d -> TestSources.contains(d.file().relativePath()))) {
            return List.of();
        }
        List<ConfiguredPool> pools = new ArrayList<>();
        spring(configuration).ifPresent(pools::add);
        pools.addAll(micronaut(configuration));
        pools.addAll(quarkus(configuration));
        hibernate(configuration).ifPresent(pools::add);
        return pools;
    }

    private static Optional<ConfiguredPool> spring(Configuration configuration) {
        Optional<ConfigEntry> url = configuration.getAny(List.of("spring.datasource.url", "spring.datasource.jdbc-url"));
        if (url.isEmpty() || isEmbedded(url.get())) {
            return Optional.empty();
        }
        String type = configuration.get("spring.datasource.type").flatMap(ConfigEntry::resolvedValue).orElse("");
        Optional<Pool> pool = type.isEmpty() ? springPoolByKeys(configuration) : springPoolByType(type);
        return pool.map(p -> new ConfiguredPool(p, "spring.datasource." + p.name().toLowerCase(Locale.ROOT),
                url.get(), configuration));
    }

    /**
     * Without {@code spring.datasource.type}, Boot picks HikariCP first; settings for only another
     * pool say it is that one. Settings of a pool these rules do not know (Druid's starter, Oracle
     * UCP) mean the pool is not one of ours: nothing to say.
     */
    private static Optional<Pool> springPoolByKeys(Configuration configuration) {
        if (UNKNOWN_SPRING_POOLS.stream().anyMatch(p -> !configuration.under(p).isEmpty())) {
            return Optional.empty();
        }
        if (!configuration.under("spring.datasource.hikari").isEmpty()) {
            return Optional.of(Pool.HIKARI);
        }
        if (!configuration.under("spring.datasource.tomcat").isEmpty()) {
            return Optional.of(Pool.TOMCAT);
        }
        return Optional.of(configuration.under("spring.datasource.dbcp2").isEmpty() ? Pool.HIKARI : Pool.DBCP2);
    }

    private static Optional<Pool> springPoolByType(String type) {
        return switch (type.strip()) {
            case "com.zaxxer.hikari.HikariDataSource" -> Optional.of(Pool.HIKARI);
            case "org.apache.tomcat.jdbc.pool.DataSource" -> Optional.of(Pool.TOMCAT);
            case "org.apache.commons.dbcp2.BasicDataSource" -> Optional.of(Pool.DBCP2);
            default -> Optional.empty();
        };
    }

    private static List<ConfiguredPool> micronaut(Configuration configuration) {
        List<ConfiguredPool> pools = new ArrayList<>();
        for (ConfigEntry entry : configuration.under("datasources")) {
            Matcher url = MICRONAUT_URL.matcher(entry.canonicalKey());
            if (url.matches() && !isEmbedded(entry)) {
                pools.add(new ConfiguredPool(Pool.HIKARI, "datasources." + url.group(1), entry, configuration));
            }
        }
        return pools;
    }

    private static List<ConfiguredPool> quarkus(Configuration configuration) {
        List<ConfiguredPool> pools = new ArrayList<>();
        for (ConfigEntry entry : configuration.under("quarkus.datasource")) {
            Matcher url = QUARKUS_URL.matcher(entry.key());
            if (url.matches() && !isEmbedded(entry)) {
                String prefix = entry.key().substring(0, entry.key().length() - ".url".length());
                pools.add(new ConfiguredPool(Pool.AGROAL, prefix, entry, configuration));
            }
        }
        return pools;
    }

    private static Optional<ConfiguredPool> hibernate(Configuration configuration) {
        String provider = configuration.get("hibernate.connection.provider_class")
                .flatMap(ConfigEntry::resolvedValue).orElse("").toLowerCase(Locale.ROOT);
        List<ConfigEntry> c3p0 = configuration.under("hibernate.c3p0");
        if (!c3p0.isEmpty() || provider.contains("c3p0")) {
            return Optional.of(new ConfiguredPool(Pool.C3P0, "hibernate.c3p0",
                    c3p0.isEmpty() ? configuration.get("hibernate.connection.provider_class").get() : c3p0.get(0),
                    configuration));
        }
        List<ConfigEntry> hikari = configuration.under("hibernate.hikari");
        if (!hikari.isEmpty() || provider.contains("hikari")) {
            return Optional.of(new ConfiguredPool(Pool.HIKARI, "hibernate.hikari",
                    hikari.isEmpty() ? configuration.get("hibernate.connection.provider_class").get() : hikari.get(0),
                    configuration));
        }
        Optional<ConfigEntry> url = configuration.getAny(HIBERNATE_URLS);
        boolean otherSource = HIBERNATE_OTHER_SOURCES.stream().anyMatch(configuration::has)
                || HIBERNATE_OTHER_POOLS.stream().anyMatch(p -> !configuration.under(p).isEmpty());
        if (url.isEmpty() || otherSource || isEmbedded(url.get())) {
            return Optional.empty();
        }
        ConfigEntry anchor = configuration.get("hibernate.connection.pool_size").orElse(url.get());
        return Optional.of(new ConfiguredPool(Pool.HIBERNATE_BUILT_IN, "hibernate.connection", anchor, configuration));
    }

    private static boolean isEmbedded(ConfigEntry url) {
        return url.resolvedValue().filter(EmbeddedDatabases::isEmbedded).isPresent();
    }
}
