package dev.ormlint.rewriter.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.testing.SourceTree;
import dev.ormlint.rewriter.FileMigration;
import dev.ormlint.rewriter.MigrationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrated code keeps the persistence namespace its module already uses, so it compiles and runs
 * on the module's current Hibernate (5.2+ for javax): migrate first, upgrade after.
 */
class NamespaceTest {

    private static final String ENTITY = """
            package com.example.%s;

            import %s.persistence.Entity;
            import %s.persistence.Id;

            @Entity
            public class Customer {
                @Id
                private Long id;
                private String name;
            }
            """;
    private static final String DAO = """
            package com.example.%s;

            import java.util.List;
            import org.hibernate.Session;
            import org.hibernate.criterion.Restrictions;

            public class Dao {
                private Session session;

                public List<Customer> named(String name) {
                    return session.createCriteria(Customer.class).add(Restrictions.eq("name", name)).list();
                }
            }
            """;

    @TempDir
    Path root;

    /** Two modules, one on javax and one on jakarta. */
    private void twoModules() {
        SourceTree tree = SourceTree.at(root);
        for (String namespace : List.of("javax", "jakarta")) {
            String module = namespace + "-module";
            tree.write(module + "/pom.xml", "<project/>");
            tree.write(module + "/src/main/java/com/example/" + namespace + "/Customer.java",
                    ENTITY.formatted(namespace, namespace, namespace));
            tree.write(module + "/src/main/java/com/example/" + namespace + "/Dao.java", DAO.formatted(namespace));
        }
    }

    private MigrationReport migrate(PersistenceNamespace namespace) throws IOException {
        return new CriteriaMigrator().migrate(new MigrationRequest(List.of(root), root, MigrationStyle.CRITERIA, List.of(),
                StandardCharsets.UTF_8, namespace));
    }

    private static String migrated(MigrationReport report, String module) {
        return report.files().stream().filter(f -> f.relativePath().startsWith(module + "/"))
                .map(FileMigration::migrated).findFirst().orElseThrow();
    }

    @Test
    void eachModuleKeepsTheNamespaceItsCodeUses() throws IOException {
        twoModules();
        MigrationReport report = migrate(PersistenceNamespace.AUTO);
        assertThat(migrated(report, "javax-module")).contains("import javax.persistence.criteria.CriteriaBuilder;")
                .doesNotContain("jakarta");
        assertThat(migrated(report, "jakarta-module")).contains("import jakarta.persistence.criteria.CriteriaBuilder;")
                .doesNotContain("javax");
    }

    @Test
    void aChosenNamespaceAppliesToEveryModule() throws IOException {
        twoModules();
        MigrationReport report = migrate(PersistenceNamespace.JAKARTA);
        assertThat(migrated(report, "javax-module")).contains("import jakarta.persistence.criteria.Root;");
        assertThat(migrated(report, "jakarta-module")).contains("import jakarta.persistence.criteria.Root;");
    }

    @Test
    void aModuleWithoutPersistenceImportsGetsJakarta() {
        assertThat(PersistenceNamespace.usedBy(List.of("import org.hibernate.Session;"))).isEqualTo(PersistenceNamespace.JAKARTA);
        assertThat(PersistenceNamespace.usedBy(List.of("import javax.persistence.Entity;", "class A {}")))
                .isEqualTo(PersistenceNamespace.JAVAX);
        assertThat(PersistenceNamespace.usedBy(List.of("import javax.persistence.Entity;", "import jakarta.persistence.Id;")))
                .as("a module already part-way through the rename").isEqualTo(PersistenceNamespace.JAKARTA);
    }
}
