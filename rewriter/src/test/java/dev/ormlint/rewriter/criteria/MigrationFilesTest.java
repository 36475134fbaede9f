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

        MigrationFiles.write(migration(file, "class Dao { old(); }\n", "class Dao { migrated(); }\n"), StandardCharsets.UTF_8, dir);

        assertThat(Files.readAllBytes(file)).isEqualTo(concat(BOM, "class Dao { migrated(); }\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void refusesAFileThatChangedSinceItWasRead() throws IOException {
        Path file = dir.resolve("Dao.java");
        Files.writeString(file, "class Dao { editedMeanwhile(); }\n");

        FileMigration stale = migration(file, "class Dao { old(); }\n", "class Dao { migrated(); }\n");

        assertThatThrownBy(() -> MigrationFiles.write(stale, StandardCharsets.UTF_8, dir)).isInstanceOf(IOException.class)
                .hasMessage("Dao.java changed since it was read; not written");
        assertThat(Files.readString(file)).isEqualTo("class Dao { editedMeanwhile(); }\n");
    }

    @Test
    void writesBackInTheEncodingTheFileWasReadIn() throws IOException {
        Charset windows1252 = Charset.forName("windows-1252");
        Path file = dir.resolve("Dao.java");
        Files.write(file, "// Caf\u00e9\nclass Dao { old(); }\n".getBytes(windows1252));

        MigrationFiles.write(migration(file, "// Caf\u00e9\nclass Dao { old(); }\n", "// Caf\u00e9\nclass Dao { migrated(); }\n"),
                windows1252, dir);

        assertThat(Files.readAllBytes(file)).isEqualTo("// Caf\u00e9\nclass Dao { migrated(); }\n".getBytes(windows1252))
                .contains((byte) 0xE9);
    }

    @Test
    void refusesTextTheEncodingCannotHold() throws IOException {
        Charset ascii = StandardCharsets.US_ASCII;
        Path file = dir.resolve("Dao.java");
        Files.write(file, "class Dao { old(); }\n".getBytes(ascii));

        assertThatThrownBy(() -> MigrationFiles.write(
                migration(file, "class Dao { old(); }\n", "class Dao { caf\u00e9(); }\n"), ascii, dir))
                .isInstanceOf(IOException.class)
                .hasMessage("Dao.java: the migrated text cannot be written in US-ASCII; not written");
        assertThat(Files.readString(file)).isEqualTo("class Dao { old(); }\n");
    }

    @Test
    void neverWritesOverASymbolicLink(@TempDir Path outside) throws IOException {
        // Issue 12: tree/LinkFile.java -> ../secret/Secret.java was rewritten, and the link replaced by a file.
        Path secret = Files.writeString(outside.resolve("Secret.java"), "class Dao { old(); }\n");
        Path link = Files.createSymbolicLink(dir.resolve("Dao.java"), secret);

        assertThatThrownBy(() -> MigrationFiles.write(migration(link, "class Dao { old(); }\n", "class Dao { migrated(); }\n"),
                StandardCharsets.UTF_8, dir)).isInstanceOf(IOException.class)
                .hasMessage("Dao.java is a symbolic link; not written");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(secret)).isEqualTo("class Dao { old(); }\n");
    }

    @Test
    void neverWritesThroughALinkedFolder(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(Files.createDirectories(outside.resolve("secret")).resolve("Dao.java"),
                "class Dao { old(); }\n");
        Files.createSymbolicLink(dir.resolve("linkdir"), outside.resolve("secret"));
        FileMigration throughLink = new FileMigration(dir.resolve("linkdir/Dao.java"), "linkdir/Dao.java",
                "class Dao { old(); }\n", "class Dao { migrated(); }\n", List.of(), List.of());

        assertThatThrownBy(() -> MigrationFiles.write(throughLink, StandardCharsets.UTF_8, dir))
                .isInstanceOf(IOException.class)
                .hasMessage("linkdir/Dao.java is reached through a symbolic link; not written");
        assertThat(Files.readString(secret)).isEqualTo("class Dao { old(); }\n");
    }

    @Test
    void writesEveryFileItCanAndNamesTheOthers() throws IOException {
        Path first = Files.writeString(dir.resolve("A.java"), "class A { old(); }\n");
        Path stale = Files.writeString(dir.resolve("B.java"), "class B { editedMeanwhile(); }\n");
        Path last = Files.writeString(dir.resolve("C.java"), "class C { old(); }\n");

        MigrationFiles.Written written = MigrationFiles.writeAll(List.of(
                new FileMigration(first, "A.java", "class A { old(); }\n", "class A { new(); }\n", List.of(), List.of()),
                new FileMigration(stale, "B.java", "class B { old(); }\n", "class B { new(); }\n", List.of(), List.of()),
                new FileMigration(last, "C.java", "class C { old(); }\n", "class C { new(); }\n", List.of(), List.of())),
                StandardCharsets.UTF_8, dir);

        assertThat(written.written()).containsExactly("A.java", "C.java");
        assertThat(written.notWritten()).containsExactly(
                org.assertj.core.api.Assertions.entry("B.java", "B.java changed since it was read; not written"));
        assertThat(Files.readString(last)).isEqualTo("class C { new(); }\n");
        assertThat(Files.readString(stale)).isEqualTo("class B { editedMeanwhile(); }\n");
    }

    @Test
    void aNameTooLongToExtendIsStillWritten() throws IOException {
        // The temporary file's name does not grow with the target's: 250 bytes plus a suffix would pass the 255 limit.
        String name = "D".repeat(245) + ".java";
        Path file = Files.writeString(dir.resolve(name), "class Dao { old(); }\n");

        MigrationFiles.write(new FileMigration(file, name, "class Dao { old(); }\n", "class Dao { migrated(); }\n",
                List.of(), List.of()), StandardCharsets.UTF_8, dir);

        assertThat(Files.readString(file)).isEqualTo("class Dao { migrated(); }\n");
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
