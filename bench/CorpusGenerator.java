import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a deterministic corpus of realistic Java persistence code for the scan benchmark:
 * modules of entities, Spring Data repositories, Hibernate DAOs (some on the legacy Criteria API),
 * services with loops (anti-patterns and their near misses) and Spring Boot configuration files,
 * between library and web modules with no persistence at all ({@link PlainCode}). The same arguments always produce the
 * same bytes. The anti-patterns seeded are counted per rule in {@code seeded-findings.txt}.
 *
 * <pre>javac -d bench/target/classes bench/CorpusGenerator.java bench/PlainCode.java
 * java -cp bench/target/classes CorpusGenerator OUT_DIR TARGET_LINES</pre>
 */
public final class CorpusGenerator {

    private final Path out;
    private final Map<String, Integer> seeded = new TreeMap<>();
    private long lines;

    private CorpusGenerator(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CorpusGenerator OUT_DIR TARGET_LINES");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]);
        CorpusGenerator generator = new CorpusGenerator(out);
        int module = 0;
        while (generator.lines < target) {
            generator.module(module++);
        }
        StringBuilder summary = new StringBuilder();
        summary.append("lines ").append(generator.lines).append('\n');
        summary.append("modules ").append(module).append('\n');
        generator.seeded.forEach((rule, count) -> summary.append(rule).append(' ').append(count).append('\n'));
        Files.writeString(out.resolve("seeded-findings.txt"), summary);
        System.out.print(summary);
    }

    /**
     * One module in three holds persistence code (entities, repositories, DAOs, services, pool
     * configuration) next to the web and mapping code around it; the others are libraries and web
     * code with no persistence at all, so that, as in a real code base, most lines are not the
     * rules' business and the near misses outnumber the findings.
     */
    private void module(int m) {
        String pkg = "com.bench.m" + m;
        Path src = out.resolve("module-" + m + "/src/main/java/" + pkg.replace('.', '/'));
        if (m % 3 == 0) {
            persistenceModule(m, pkg, src);
        } else {
            libraryModule(m, pkg, src);
        }
    }

    private void persistenceModule(int m, String pkg, Path src) {
        for (int e = 0; e < 4; e++) {
            String entity = "Item" + m + "x" + e;
            write(src.resolve("domain/" + entity + ".java"), entity(pkg, entity, e));
            write(src.resolve("repository/" + entity + "Repository.java"), repository(pkg, entity));
            write(src.resolve("service/" + entity + "Service.java"), service(pkg, entity, (m / 3) * 4 + e));
            write(src.resolve("util/" + entity + "Formatter.java"), formatter(pkg, entity));
        }
        write(src.resolve("dao/LegacyDao" + m + ".java"), legacyDao(pkg, "Item" + m + "x0", m));
        write(out.resolve("module-" + m + "/src/main/resources/application.yml"), config(m));
    }

    private void libraryModule(int m, String pkg, Path src) {
        for (int d = 0; d < 5; d++) {
            String name = "Order" + m + "x" + d;
            write(src.resolve("api/" + name + "Dto.java"), PlainCode.dto(pkg, name, d));
            write(src.resolve("web/" + name + "Controller.java"), PlainCode.controller(pkg, name));
            write(src.resolve("text/" + name + "Parser.java"), PlainCode.parser(pkg, name, d));
        }
        write(src.resolve("text/Status" + m + ".java"), PlainCode.status(pkg, m));
        write(src.resolve("text/Stats" + m + ".java"), PlainCode.stats(pkg, m));
        write(src.resolve("text/InvalidInput" + m + "Exception.java"), PlainCode.exception(pkg, m));
    }

    private String entity(String pkg, String name, int variant) {
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        String[][] props = {{"String", "name"}, {"String", "code"}, {"java.math.BigDecimal", "amount"},
                {"boolean", "active"}, {"java.time.Instant", "updatedAt"}, {"Integer", "rank"}};
        for (int i = 0; i < props.length - (variant % 2); i++) {
            String type = props[i][0];
            String field = props[i][1];
            String cap = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            fields.append("    private ").append(type).append(' ').append(field).append(";\n\n");
            accessors.append("    public ").append(type).append(type.equals("boolean") ? " is" : " get").append(cap)
                    .append("() {\n        return ").append(field).append(";\n    }\n\n")
                    .append("    public void set").append(cap).append('(').append(type).append(' ').append(field)
                    .append(") {\n        this.").append(field).append(" = ").append(field).append(";\n    }\n\n");
        }
        return """
                package %1$s.domain;

                import jakarta.persistence.Entity;
                import jakarta.persistence.GeneratedValue;
                import jakarta.persistence.Id;
                import jakarta.persistence.Table;

                /** A persistent %2$s. */
                @Entity
                @Table(name = "%3$s")
                public class %2$s {

                    @Id
                    @GeneratedValue
                    private Long id;

                %4$s    public Long getId() {
                        return id;
                    }

                %5$s}
                """.formatted(pkg, name, name.toLowerCase(), fields, accessors.toString().stripTrailing() + "\n");
    }

    private String repository(String pkg, String entity) {
        return """
                package %1$s.repository;

                import %1$s.domain.%2$s;
                import java.util.List;
                import org.springframework.data.jpa.repository.JpaRepository;
                import org.springframework.data.jpa.repository.Query;

                public interface %2$sRepository extends JpaRepository<%2$s, Long> {

                    List<%2$s> findByActiveTrue();

                    @Query("select e from %2$s e where e.name = ?1")
                    List<%2$s> byName(String name);
                }
                """.formatted(pkg, entity);
    }

    private String service(String pkg, String entity, int n) {
        StringBuilder methods = new StringBuilder();
        // Every service has near misses; one in three carries a persist loop, one in five an update
        // loop, one in seven a second connection, one in eleven an entity graph on native SQL.
        methods.append("""
                    @Transactional
                    public void importBatched(List<%1$s> rows) {
                        int i = 0;
                        for (%1$s row : rows) {
                            entityManager.persist(row);
                            if (++i %% 50 == 0) {
                                entityManager.flush();
                                entityManager.clear();
                            }
                        }
                    }

                    public List<String> names(List<%1$s> rows) {
                        List<String> names = new ArrayList<>();
                        for (%1$s row : rows) {
                            names.add(formatter.format(row));
                        }
                        return names;
                    }

                    public void renameEach(List<%1$s> rows) {
                        for (%1$s row : rows) {
                            row.setName(row.getName().trim());
                        }
                    }
                """.formatted(entity));
        if (n % 3 == 0) {
            count("EntityPersistLoop");
            methods.append("""

                    @Transactional
                    public void importAll(List<%1$s> rows) {
                        for (%1$s row : rows) {
                            repository.save(row);
                        }
                    }
                """.formatted(entity));
        }
        if (n % 5 == 0) {
            count("EntityUpdateLoop");
            methods.append("""

                    @Transactional
                    public void deactivateAll() {
                        for (%1$s row : repository.findAll()) {
                            row.setActive(false);
                        }
                    }
                """.formatted(entity));
        }
        if (n % 7 == 0) {
            count("ConnectionBesideSession");
            methods.append("""

                    @Transactional
                    public int auditCount() throws SQLException {
                        try (Connection connection = dataSource.getConnection();
                             PreparedStatement statement = connection.prepareStatement("select count(*) from audit")) {
                            ResultSet rs = statement.executeQuery();
                            return rs.next() ? rs.getInt(1) : 0;
                        }
                    }
                """);
        }
        if (n % 11 == 0) {
            count("LoaderOptionOnNativeQuery");
            methods.append("""

                    public List<?> withGraph(EntityGraph<?> graph) {
                        return entityManager.createNativeQuery("select * from %1$s", %2$s.class)
                                .setHint("jakarta.persistence.fetchgraph", graph)
                                .getResultList();
                    }
                """.formatted(entity.toLowerCase(), entity));
        }
        return """
                package %1$s.service;

                import %1$s.domain.%2$s;
                import %1$s.repository.%2$sRepository;
                import %1$s.util.%2$sFormatter;
                import jakarta.persistence.EntityGraph;
                import jakarta.persistence.EntityManager;
                import java.sql.Connection;
                import java.sql.PreparedStatement;
                import java.sql.ResultSet;
                import java.sql.SQLException;
                import java.util.ArrayList;
                import java.util.List;
                import javax.sql.DataSource;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;

                @Service
                public class %2$sService {

                    private final %2$sRepository repository;
                    private final EntityManager entityManager;
                    private final DataSource dataSource;
                    private final %2$sFormatter formatter = new %2$sFormatter();

                    public %2$sService(%2$sRepository repository, EntityManager entityManager, DataSource dataSource) {
                        this.repository = repository;
                        this.entityManager = entityManager;
                        this.dataSource = dataSource;
                    }

                %3$s}
                """.formatted(pkg, entity, methods);
    }

    private String formatter(String pkg, String entity) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            body.append("""
                        static String pad%1$d(String value, int width) {
                            StringBuilder sb = new StringBuilder(value == null ? "" : value);
                            while (sb.length() < width) {
                                sb.append(' ');
                            }
                            return sb.length() > width ? sb.substring(0, width) : sb.toString();
                        }

                    """.formatted(i));
        }
        return """
                package %1$s.util;

                import %1$s.domain.%2$s;
                import java.util.Locale;

                /** Plain code with no persistence at all, as most of any code base is. */
                public final class %2$sFormatter {

                    public String format(%2$s item) {
                        String name = item.getName() == null ? "-" : item.getName().toUpperCase(Locale.ROOT);
                        return pad0(name, 20) + pad1(item.getCode(), 10);
                    }

                %3$s}
                """.formatted(pkg, entity, body.toString().stripTrailing() + "\n");
    }

    private String legacyDao(String pkg, String entity, int m) {
        // Every other persistence module (m is a multiple of 3) still runs on legacy Criteria.
        boolean legacy = m % 6 == 0;
        if (legacy) {
            count("LegacyCriteriaQuery");
        }
        String query = legacy
                ? """
                        return sessionFactory.getCurrentSession().createCriteria(%s.class)
                                .add(Restrictions.eq("active", true))
                                .list();""".formatted(entity)
                : """
                        return sessionFactory.getCurrentSession()
                                .createQuery("from %s where active = true", %s.class)
                                .list();""".formatted(entity, entity);
        return """
                package %1$s.dao;

                import %1$s.domain.%2$s;
                import java.util.List;
                import org.hibernate.SessionFactory;
                import org.hibernate.criterion.Restrictions;

                public class LegacyDao%3$d {

                    private final SessionFactory sessionFactory;

                    public LegacyDao%3$d(SessionFactory sessionFactory) {
                        this.sessionFactory = sessionFactory;
                    }

                    @SuppressWarnings("unchecked")
                    public List<%2$s> active() {
                %4$s
                    }
                }
                """.formatted(pkg, entity, m, query);
    }

    private String config(int m) {
        // One persistence module in four leaves Hikari's maxLifetime at its default.
        if (m % 12 == 0) {
            count("PoolMissingRecycle");
            return """
                    spring:
                      datasource:
                        url: jdbc:postgresql://db:5432/app%d
                        username: app
                    """.formatted(m);
        }
        return """
                spring:
                  datasource:
                    url: jdbc:postgresql://db:5432/app%d
                    username: app
                    hikari:
                      max-lifetime: 10m
                """.formatted(m);
    }

    private void count(String rule) {
        seeded.merge(rule, 1, Integer::sum);
    }

    private void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            lines += text.lines().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
