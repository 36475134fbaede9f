package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.MigrationReport;
import dev.ormlint.rewriter.FileMigration;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.java.JavaParsing;
import dev.ormlint.analyzer.testing.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * OpenRewrite-style checks of the migrator: a DAO source before and after, migrated in a temporary
 * project next to the test domain ({@link TestDomain}). A second run over the result must change
 * nothing, and the result must parse.
 */
final class MigrationTester {

    static final String DAO_PATH = "src/main/java/com/example/dao/Dao.java";

    private final Path root;
    private final MigrationStyle style;

    private MigrationTester(Path root, MigrationStyle style) {
        this.root = root;
        this.style = style;
    }

    static MigrationTester criteria(Path root) {
        return new MigrationTester(root, MigrationStyle.CRITERIA);
    }

    static MigrationTester hql(Path root) {
        return new MigrationTester(root, MigrationStyle.HQL);
    }

    /** Migrates {@code before} and expects exactly {@code after}; returns the report. */
    MigrationReport rewriteRun(String before, String after) {
        MigrationReport report = run(before);
        assertThat(report.notices()).as("internal errors").noneMatch(n -> n.kind() == Notice.Kind.INTERNAL_ERROR);
        String migrated = report.files().stream().filter(f -> f.relativePath().equals(DAO_PATH))
                .map(FileMigration::migrated).findFirst().orElse(before);
        assertThat(migrated).isEqualTo(after);
        assertThat(JavaParsing.parse(migrated).ok()).as("migrated code parses").isTrue();
        MigrationReport second = run(migrated);
        assertThat(second.files()).as("a second run changes nothing").isEmpty();
        return report;
    }

    /** Expects the DAO to be left as it is; returns the report with the reasons. */
    MigrationReport rewriteRun(String unchanged) {
        MigrationReport report = run(unchanged);
        assertThat(report.files()).as("nothing migrated").isEmpty();
        return report;
    }

    MigrationReport run(String dao) {
        TestDomain.FILES.forEach(this::write);
        write(DAO_PATH, dao);
        try {
            return new CriteriaMigrator().migrate(new MigrationRequest(List.of(root), root, style, List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a file to the project beside the domain and the DAO. */
    void write(String path, String text) {
        SourceTree.at(root).write(path, text);
    }
}
