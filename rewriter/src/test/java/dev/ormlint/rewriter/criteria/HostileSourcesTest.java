package dev.ormlint.rewriter.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.testing.SourceTree;
import dev.ormlint.rewriter.FileMigration;
import dev.ormlint.rewriter.MigrationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: pathological files cost only themselves, never the migration of the others. */
class HostileSourcesTest {

    private static final String DAO = """
            package com.example.dao;

            import com.example.domain.Customer;
            import java.util.List;
            import org.hibernate.Session;
            import org.hibernate.criterion.Restrictions;

            class Dao {
                List<Customer> named(Session session, String name) {
                    return session.createCriteria(Customer.class).add(Restrictions.eq("name", name)).list();
                }
            }
            """;

    @TempDir
    Path root;

    @Test
    void aFileOverItsTimeBudgetIsANoticeAndTheOthersAreStillMigrated() throws IOException {
        // JavaParser takes exponential time over nested lambdas: 26 levels take minutes.
        write("src/main/java/com/example/dao/Lambdas.java", lambdas(26, "// mentions createCriteria, so it is parsed for migration"));

        MigrationReport report = migrate();

        assertThat(report.files()).extracting(FileMigration::relativePath)
                .containsExactly("src/main/java/com/example/dao/Dao.java");
        assertThat(report.notices()).containsExactly(new Notice("src/main/java/com/example/dao/Lambdas.java",
                Notice.Kind.TIME_BUDGET, "ran past its time budget (1.0 s of processor time); left as it was"));
    }

    @Test
    void aFileThatCannotCreateALegacyQueryIsNeverParsedInFull() throws IOException {
        // Within the budget only because its bodies are not parsed: its declarations are all the index needs.
        write("src/main/java/com/example/dao/Lambdas.java", lambdas(40, ""));

        MigrationReport report = migrate();

        assertThat(report.notices()).isEmpty();
        assertThat(report.migrated()).isEqualTo(1);
    }

    @Test
    void aQueryWrittenInUnicodeEscapesIsFoundAsJavacReadsIt() throws IOException {
        MigrationReport report = migrate(DAO.replace("createCriteria", "create\\u0043riteria"));

        assertThat(report.found()).isEqualTo(1);
    }

    private MigrationReport migrate() throws IOException {
        return migrate(DAO);
    }

    private MigrationReport migrate(String dao) throws IOException {
        TestDomain.FILES.forEach(this::write);
        write("src/main/java/com/example/dao/Dao.java", dao);
        return new CriteriaMigrator(Duration.ofSeconds(1))
                .migrate(new MigrationRequest(List.of(root), root, MigrationStyle.CRITERIA, List.of()));
    }

    private void write(String path, String text) {
        SourceTree.at(root).write(path, text);
    }

    /** A class whose method nests {@code depth} lambdas, with {@code comment} in its body. */
    private static String lambdas(int depth, String comment) {
        String body = "m(() -> { });";
        for (int i = 1; i < depth; i++) {
            body = "m(() -> { " + body + " });";
        }
        return """
                package com.example.dao;

                class Lambdas {
                    %s
                    void m(Runnable r) { }
                    void t() { %s }
                }
                """.formatted(comment, body);
    }
}
