package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.QueryOutcome;
import dev.ormlint.rewriter.MigrationReport;
import dev.ormlint.rewriter.FileMigration;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.TextEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled sample application migrated whole: its legacy DAO must become exactly the golden
 * file of each style, the report must account for every query, and the edits must leave every
 * character outside them as it was.
 */
class GoldenFilesTest {

    private static final Path SAMPLE_APP = Path.of("../fixtures/sample-app");
    private static final String LEGACY_DAO = "src/main/java/com/example/shop/legacy/LegacyCustomerDao.java";

    @ParameterizedTest
    @EnumSource(MigrationStyle.class)
    void sampleAppDaoMatchesItsGoldenFile(MigrationStyle style) throws IOException {
        MigrationReport report = migrate(style);

        assertThat(report.files()).extracting(FileMigration::relativePath).containsExactly(LEGACY_DAO);
        FileMigration dao = report.files().get(0);
        Path golden = Path.of("src/test/resources/golden", style.name().toLowerCase(), "LegacyCustomerDao.java");
        assertThat(dao.migrated()).isEqualTo(Files.readString(golden));
        assertThat(dao.original()).isEqualTo(Files.readString(SAMPLE_APP.resolve(LEGACY_DAO)));
        assertThat(report.notices()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MigrationStyle.class)
    void reportAccountsForEveryQueryOfTheSampleApp(MigrationStyle style) throws IOException {
        MigrationReport report = migrate(style);

        assertThat(report.queries()).extracting(QueryOutcome::line).containsExactly(27, 35, 46, 51);
        assertThat(report.queries()).filteredOn(q -> q.line() == 46).singleElement()
                .extracting(QueryOutcome::construct, QueryOutcome::reason)
                .containsExactly("DetachedCriteria.forClass", "DetachedCriteria not migrated yet");
        int expectedMigrated = style == MigrationStyle.CRITERIA ? 3 : 2;
        assertThat(report.migrated()).isEqualTo(expectedMigrated);
        assertThat(report.found()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(MigrationStyle.class)
    void textBetweenEditsIsByteIdentical(MigrationStyle style) throws IOException {
        FileMigration dao = migrate(style).files().get(0);

        String original = dao.original();
        String migrated = dao.migrated();
        int inOriginal = 0;
        int inMigrated = 0;
        List<TextEdit> edits = dao.edits();
        for (TextEdit edit : edits) {
            String kept = original.substring(inOriginal, edit.startOffset());
            assertThat(migrated.substring(inMigrated, inMigrated + kept.length())).isEqualTo(kept);
            inMigrated += kept.length();
            assertThat(migrated.substring(inMigrated, inMigrated + edit.replacement().length())).isEqualTo(edit.replacement());
            inMigrated += edit.replacement().length();
            inOriginal = edit.endOffset();
        }
        assertThat(migrated.substring(inMigrated)).isEqualTo(original.substring(inOriginal));
    }

    private static MigrationReport migrate(MigrationStyle style) throws IOException {
        return new CriteriaMigrator().migrate(new MigrationRequest(List.of(SAMPLE_APP), SAMPLE_APP, style, List.of()));
    }
}
