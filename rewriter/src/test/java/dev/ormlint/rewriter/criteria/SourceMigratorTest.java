package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.QueryOutcome;
import dev.ormlint.rewriter.FileMigration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.SourceIndexing;
import dev.ormlint.analyzer.index.TypeInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file migrated on its own with a model handed in, as the Error Prone plugin does it: the same
 * result as a migration of the whole project, with each query's edits kept apart from the imports.
 */
class SourceMigratorTest {

    /** A compiler plugin's view of one file, with no other source to read. */
    private static final ProjectSources NO_SOURCES = ProjectSources.of(path -> Optional.empty());

    private static final String DAO = """
            package com.example.dao;

            import com.example.domain.Customer;
            import java.util.List;
            import org.hibernate.Session;
            import org.hibernate.criterion.Order;
            import org.hibernate.criterion.Restrictions;

            class Dao {
                Session session;

                List<Customer> active() {
                    return session.createCriteria(Customer.class)
                            .add(Restrictions.eq("active", true))
                            .addOrder(Order.asc("name"))
                            .list();
                }

                List<Customer> named(String name) {
                    return session.createCriteria(Customer.class).add(Restrictions.eq("name", name)).list();
                }

                List<Customer> bySql() {
                    return session.createCriteria(Customer.class).add(Restrictions.sqlRestriction("1 = 1")).list();
                }
            }
            """;

    private static final String SAME_PACKAGE_DAO = """
            package com.example.domain;

            import org.hibernate.Session;
            import org.hibernate.criterion.Restrictions;

            class Dao {
                Session session;

                Object named(String name) {
                    return session.createCriteria(Customer.class).add(Restrictions.eq("name", name)).uniqueResult();
                }
            }
            """;

    @TempDir
    Path root;

    @Test
    void migratesTheFileAsTheProjectMigrationDoesAndKeepsEachQuerysEditsApart() {
        MigrationTester project = MigrationTester.criteria(root);
        FileMigration whole = project.run(DAO).files().get(0);
        List<Notice> notices = new ArrayList<>();

        SourceMigration alone = new SourceMigrator(domainModel(), MigrationStyle.CRITERIA, NO_SOURCES, PersistenceNamespace.JAKARTA)
                .migrate(Path.of("Dao.java"), DAO, index(DAO), notices::add);

        assertThat(notices).isEmpty();
        assertThat(alone.outcomes()).extracting(QueryOutcome::line, QueryOutcome::status).containsExactly(
                tuple(13, QueryOutcome.Status.MIGRATED),
                tuple(20, QueryOutcome.Status.MIGRATED),
                tuple(24, QueryOutcome.Status.LEFT));
        FileMigration migration = alone.migration().orElseThrow();
        assertThat(migration.migrated()).isEqualTo(whole.migrated());
        assertThat(migration.queries()).extracting(FileMigration.QueryEdits::creationOffset)
                .containsExactly(DAO.indexOf("session.createCriteria(Customer.class)\n"),
                        DAO.indexOf("session.createCriteria(Customer.class).add(Restrictions.eq(\"name\""));
        assertThat(migration.imports()).isNotEmpty()
                .allSatisfy(e -> assertThat(DAO.substring(0, e.startOffset())).doesNotContain("class Dao"));
        List<TextEdit> applied = new ArrayList<>(migration.imports());
        migration.queries().forEach(q -> applied.addAll(q.edits()));
        applied.sort(FileMigration.EDIT_ORDER);
        assertThat(FileMigration.apply(DAO, applied)).isEqualTo(whole.migrated());
    }

    /** An entity of the DAO's own package is named without an import: only the index can say where it is. */
    @Test
    void resolvesAnEntityOfTheSamePackageOnlyWhenTheIndexHasIt() {
        SourceMigrator migrator = new SourceMigrator(domainModel(), MigrationStyle.CRITERIA, NO_SOURCES, PersistenceNamespace.JAKARTA);

        SourceMigration unknown = migrator.migrate(Path.of("Dao.java"), SAME_PACKAGE_DAO,
                ProjectIndex.of(typesOf("Dao.java", SAME_PACKAGE_DAO)), n -> { });
        SourceMigration visible = migrator.migrate(Path.of("Dao.java"), SAME_PACKAGE_DAO, index(SAME_PACKAGE_DAO), n -> { });

        assertThat(unknown.migration()).isEmpty();
        assertThat(unknown.outcomes()).singleElement().extracting(QueryOutcome::status).isEqualTo(QueryOutcome.Status.LEFT);
        assertThat(visible.migration()).isPresent();
        assertThat(visible.migration().get().migrated()).contains("cq.from(Customer.class)").doesNotContain("createCriteria");
    }

    @Test
    void leavesTextThatCreatesNoQueryUnparsed() {
        List<Notice> notices = new ArrayList<>();

        SourceMigration result = new SourceMigrator(domainModel(), MigrationStyle.CRITERIA, NO_SOURCES, PersistenceNamespace.JAKARTA)
                .migrate(Path.of("Broken.java"), "class Broken { void m( }", ProjectIndex.of(List.of()), notices::add);

        assertThat(result.outcomes()).isEmpty();
        assertThat(result.migration()).isEmpty();
        assertThat(notices).as("not parsed, so no parse error").isEmpty();
    }

    @Test
    void reportsTextThatDoesNotParseAsANotice() {
        List<Notice> notices = new ArrayList<>();

        SourceMigration result = new SourceMigrator(domainModel(), MigrationStyle.HQL, NO_SOURCES, PersistenceNamespace.JAKARTA)
                .migrate(Path.of("Broken.java"), "class Broken { Object m(Session s) { return s.createCriteria(X.class) }",
                        ProjectIndex.of(List.of()), notices::add);

        assertThat(result.outcomes()).isEmpty();
        assertThat(result.migration()).isEmpty();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.PARSE_ERROR);
            assertThat(n.path()).isEqualTo("Broken.java");
        });
    }

    /** The types of the test domain and of the DAO, as a compiler plugin indexes the sources compiled together. */
    private static ProjectIndex index(String dao) {
        List<TypeInfo> types = new ArrayList<>(typesOf("Dao.java", dao));
        TestDomain.FILES.forEach((path, text) -> types.addAll(typesOf(path, text)));
        return ProjectIndex.of(types);
    }

    private static List<TypeInfo> typesOf(String path, String text) {
        return SourceIndexing.typesOf(path, text, n -> { }).orElseThrow();
    }

    private EntityModel domainModel() {
        MigrationTester.criteria(root).run(DAO);
        return SpoonEntityModel.of(TestDomain.FILES.keySet().stream().map(root::resolve).toList(), StandardCharsets.UTF_8);
    }
}
