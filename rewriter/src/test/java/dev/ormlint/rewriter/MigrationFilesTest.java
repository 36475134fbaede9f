package dev.ormlint.rewriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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

        MigrationFiles.write(new FileMigration(file, "Dao.java", "class Dao { old(); }\n", "class Dao { migrated(); }\n", List.of(), List.of()));

        assertThat(Files.readAllBytes(file)).isEqualTo(concat(BOM, "class Dao { migrated(); }\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void refusesAFileThatChangedSinceItWasRead() throws IOException {
        Path file = dir.resolve("Dao.java");
        Files.writeString(file, "class Dao { editedMeanwhile(); }\n");

        FileMigration stale = new FileMigration(file, "Dao.java", "class Dao { old(); }\n", "class Dao { migrated(); }\n", List.of(), List.of());

        assertThatThrownBy(() -> MigrationFiles.write(stale)).isInstanceOf(IOException.class)
                .hasMessage("Dao.java changed since it was read; not written");
        assertThat(Files.readString(file)).isEqualTo("class Dao { editedMeanwhile(); }\n");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
