package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.MigrationFiles;
import dev.ormlint.rewriter.FileMigration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFilesTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void writesTheMigratedTextAndKeepsAByteOrderMark() throws IOException {
        Path file = dir.resolve("Dao.java");
        Files.write(file, concat(BOM, "class Dao { old(); }\n".getBytes(StandardCharsets.UTF_8)));

        MigrationFiles.write(migration(file, "class Dao { old(); }\n", "class Dao { migrated(); }\n"), StandardCharsets.UTF_8);

        assertThat(Files.readAllBytes(file)).isEqualTo(concat(BOM, "class Dao { migrated(); }\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void refusesAFileThatChangedSinceItWasRead() throws IOException {
        Path file = dir.resolve("Dao.java");
        Files.writeString(file, "class Dao { editedMeanwhile(); }\n");

        FileMigration stale = migration(file, "class Dao { old(); }\n", "class Dao { migrated(); }\n");

        assertThatThrownBy(() -> MigrationFiles.write(stale, StandardCharsets.UTF_8)).isInstanceOf(IOException.class)
                .hasMessage("Dao.java changed since it was read; not written");
        assertThat(Files.readString(file)).isEqualTo("class Dao { editedMeanwhile(); }\n");
    }

    @Test
    void writesBackInTheEncodingTheFileWasReadIn() throws IOException {
        Charset windows1252 = Charset.forName("windows-1252");
        Path file = dir.resolve("Dao.java");
        Files.write(file, "// Caf\u00e9\nclass Dao { old(); }\n".getBytes(windows1252));

        MigrationFiles.write(migration(file, "// Caf\u00e9\nclass Dao { old(); }\n", "// Caf\u00e9\nclass Dao { migrated(); }\n"),
                windows1252);

        assertThat(Files.readAllBytes(file)).isEqualTo("// Caf\u00e9\nclass Dao { migrated(); }\n".getBytes(windows1252))
                .contains((byte) 0xE9);
    }

    @Test
    void refusesTextTheEncodingCannotHold() throws IOException {
        Charset ascii = StandardCharsets.US_ASCII;
        Path file = dir.resolve("Dao.java");
        Files.write(file, "class Dao { old(); }\n".getBytes(ascii));

        assertThatThrownBy(() -> MigrationFiles.write(
                migration(file, "class Dao { old(); }\n", "class Dao { caf\u00e9(); }\n"), ascii))
                .isInstanceOf(IOException.class)
                .hasMessage("Dao.java: the migrated text cannot be written in US-ASCII; not written");
        assertThat(Files.readString(file)).isEqualTo("class Dao { old(); }\n");
    }

    private static FileMigration migration(Path file, String original, String migrated) {
        return new FileMigration(file, "Dao.java", original, migrated, List.of(), List.of());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
