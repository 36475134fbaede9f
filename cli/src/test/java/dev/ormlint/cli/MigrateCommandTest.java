package dev.ormlint.cli;

import static dev.ormlint.cli.CliRun.run;
import static dev.ormlint.cli.TestProjects.read;
import static dev.ormlint.cli.TestProjects.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {

    private static final String ENTITY = """
            package com.acme;

            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;

            @Entity
            public class Customer {
                @Id
                private Long id;
                private String name;
            }
            """;
    private static final String DAO = """
            package com.acme;

            import java.util.List;
            import org.hibernate.Session;
            import org.hibernate.criterion.Restrictions;

            class Dao {
                List<Customer> named(Session session, String name) {
                    return session.createCriteria(Customer.class).add(Restrictions.eq("name", name)).list();
                }

                List<Customer> raw(Session session) {
                    return session.createCriteria(Customer.class).add(Restrictions.sqlRestriction("1=1")).list();
                }
            }
            """;
    private static final String MIGRATED_METHOD = """
                List<Customer> named(Session session, String name) {
                    CriteriaBuilder cb = session.getCriteriaBuilder();
                    CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                    Root<Customer> root = cq.from(Customer.class);
                    cq.select(root).where(cb.equal(root.get("name"), name));
                    return session.createQuery(cq).list();
                }
            """;

    @TempDir
    Path dir;

    private Path dao;

    @BeforeEach
    void writeProject() {
        write(dir, "com/acme/Customer.java", ENTITY);
        dao = write(dir, "com/acme/Dao.java", DAO);
    }

    @Test
    void dryRunPrintsUnifiedDiffAndSummaryAndWritesNothing() {
        CliRun migrate = run("migrate", dir.toString());

        assertThat(migrate.exitCode()).isZero();
        assertThat(migrate.outLines()).startsWith("--- a/com/acme/Dao.java", "+++ b/com/acme/Dao.java");
        assertThat(migrate.outLines()).contains(
                "-        return session.createCriteria(Customer.class).add(Restrictions.eq(\"name\", name)).list();",
                "+        CriteriaBuilder cb = session.getCriteriaBuilder();",
                "+        return session.createQuery(cq).list();",
                "+import jakarta.persistence.criteria.Root;");
        assertThat(migrate.errLines()).containsExactly(
                "com/acme/Dao.java:13: left as it was: Restrictions.sqlRestriction: SQL fragment",
                "2 legacy queries found, 1 migrated, 1 left; 1 file to change (dry run: --apply writes them)",
                "    1  SQL fragment");
        assertThat(read(dao)).isEqualTo(DAO);
    }

    @Test
    void applyWritesTheMigrationAndASecondRunChangesNothing() {
        CliRun first = run("migrate", "--apply", dir.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(read(dao)).contains(MIGRATED_METHOD)
                .contains("import jakarta.persistence.criteria.CriteriaBuilder;\n")
                .contains("import org.hibernate.criterion.Restrictions;\n");
        String migrated = read(dao);

        CliRun second = run("migrate", "--apply", dir.toString());

        assertThat(second.exitCode()).isZero();
        assertThat(read(dao)).isEqualTo(migrated);
        assertThat(second.errLines()).contains("1 legacy query found, 0 migrated, 1 left; 0 files written");
    }

    @Test
    void applyNeverWritesThroughALinkOutOfTheTree(@TempDir Path outside) throws IOException {
        // Issue 12: tree/LinkFile.java -> ../secret/Secret.java and tree/linkdir -> ../secret were rewritten.
        String secretDao = DAO.replace("class Dao", "class Secret");
        Path secret = write(outside, "secret/Secret.java", secretDao);
        Path linkFile = Files.createSymbolicLink(dir.resolve("com/acme/LinkFile.java"), secret);
        Files.createSymbolicLink(dir.resolve("linkdir"), outside.resolve("secret"));

        CliRun migrate = run("migrate", "--apply", dir.toString());

        assertThat(migrate.exitCode()).isZero();
        assertThat(read(secret)).isEqualTo(secretDao);
        assertThat(Files.isSymbolicLink(linkFile)).isTrue();
        assertThat(read(dao)).contains(MIGRATED_METHOD);
        assertThat(migrate.errLines()).startsWith(
                "com/acme/LinkFile.java: notice [symbolic-link] symbolic link to a file outside the scanned tree, not followed",
                "linkdir: notice [symbolic-link] symbolic link to a directory outside the scanned tree, not followed");
    }

    @Test
    void pythonFilesGetTheSqlAlchemyMigrationInTheSameRun() {
        write(dir, "app/model.py", """
                from sqlalchemy.orm import declarative_base

                Base = declarative_base()


                class Customer(Base):
                    __tablename__ = "customer"
                """);
        Path queries = write(dir, "app/queries.py", """
                from sqlalchemy.orm import Session

                from app.model import Customer


                def named(session, name):
                    return session.query(Customer).filter(Customer.name == name).all()


                def legacy(session):
                    return session.query(Customer).from_self().all()
                """);

        CliRun migrate = run("migrate", dir.toString());

        assertThat(migrate.exitCode()).isZero();
        assertThat(migrate.outLines()).contains("--- a/app/queries.py", "+++ b/app/queries.py",
                "-    return session.query(Customer).filter(Customer.name == name).all()",
                "+    return session.scalars(select(Customer).where(Customer.name == name)).all()",
                "+from sqlalchemy import select");
        assertThat(migrate.errLines()).contains(
                "app/queries.py:11: left as it was: from_self(): removed in SQLAlchemy 2.0; the query needs rewriting by hand",
                "4 legacy queries found, 2 migrated, 2 left; 2 files to change (dry run: --apply writes them)");
        assertThat(read(queries)).contains("session.query(Customer).filter(");
    }

    @Test
    void hqlStyleWritesAnHqlStringWithNamedParameters() {
        CliRun migrate = run("migrate", "--style", "hql", dir.toString());

        assertThat(migrate.exitCode()).isZero();
        assertThat(migrate.outLines()).contains(
                "+        return session.createQuery(\"select c from Customer c where c.name = :name\", Customer.class)",
                "+                .setParameter(\"name\", name)",
                "+                .list();");
    }

    @Test
    void missingPathIsAUsageError() {
        CliRun migrate = run("migrate", dir.resolve("nowhere").toString());

        assertThat(migrate.exitCode()).isEqualTo(2);
        assertThat(migrate.err()).startsWith("ormlint: error: no such file or directory: ");
    }

    /** A Windows-1252 code base: read with --encoding, written back byte for byte in it. */
    @Test
    void sourcesInAnotherEncodingAreMigratedAndWrittenBackInIt() throws IOException {
        Charset windows1252 = Charset.forName("windows-1252");
        String daoWithAccent = DAO.replace("class Dao {", "/** Caf\u00e9 orders. */\nclass Dao {");
        Files.write(dao, daoWithAccent.getBytes(windows1252));

        CliRun unset = run("migrate", dir.toString());
        CliRun apply = run("migrate", "--encoding", "windows-1252", "--apply", dir.toString());

        assertThat(unset.errLines()).anyMatch(line -> line.contains("com/acme/Dao.java") && line.contains("not valid UTF-8"));
        assertThat(apply.exitCode()).isZero();
        assertThat(apply.errLines()).contains("2 legacy queries found, 1 migrated, 1 left; 1 file written");
        String written = new String(Files.readAllBytes(dao), windows1252);
        assertThat(written).contains("/** Caf\u00e9 orders. */").contains(MIGRATED_METHOD);
        assertThat(Files.readAllBytes(dao)).contains((byte) 0xE9);
    }

    @Test
    void anUnknownEncodingIsAUsageError() {
        CliRun migrate = run("migrate", "--encoding", "klingon-8", dir.toString());

        assertThat(migrate.exitCode()).isEqualTo(2);
        assertThat(migrate.err()).contains("--encoding").contains("klingon-8");
    }

    @Test
    void unknownStyleIsAUsageError() {
        CliRun migrate = run("migrate", "--style", "sql", dir.toString());

        assertThat(migrate.exitCode()).isEqualTo(2);
        assertThat(migrate.err()).contains("--style");
    }
}
