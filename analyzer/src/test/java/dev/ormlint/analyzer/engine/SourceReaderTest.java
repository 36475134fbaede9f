package dev.ormlint.analyzer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.testing.SourceTree;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    @TempDir
    Path root;

    private final SourceReader reader = new SourceReader();

    private SourceReader.Read read(Path file) {
        return reader.read(javaFile(file));
    }

    private SourceFile javaFile(Path file) {
        return new SourceFile(file, root.relativize(file).toString(), SourceFile.Kind.JAVA);
    }

    @Test
    void readsUtf8TextWithoutItsByteOrderMark() {
        Path file = SourceTree.at(root).write("A.java", "\uFEFFclass Caf\u00e9 {}\n");

        SourceReader.Read read = read(file);

        assertThat(read.ok()).isTrue();
        assertThat(read.text()).isEqualTo("class Caf\u00e9 {}\n");
        assertThat(read.notice()).isNull();
    }

    @Test
    void binaryContentIsRefused() {
        Path file = SourceTree.at(root).write("A.java", new byte[] {'c', 'l', 0, 1, 2});

        assertThat(read(file).notice())
                .isEqualTo(new Notice("A.java", Notice.Kind.BINARY_FILE, "binary content (NUL byte), skipped"));
    }

    @Test
    void latin1TextIsRefusedAsNotUtf8() {
        Path file = SourceTree.at(root).write("A.java", new byte[] {'/', '/', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});

        assertThat(read(file).notice()).isEqualTo(new Notice("A.java", Notice.Kind.NOT_DECODABLE,
                "not valid UTF-8, skipped (sources in another encoding need the scan's encoding set to it)"));
    }

    @Test
    void theSameTextIsReadInTheEncodingItIsWrittenIn() {
        Path file = SourceTree.at(root).write("A.java", new byte[] {'/', '/', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});

        SourceReader.Read read = new SourceReader(Charset.forName("windows-1252")).read(javaFile(file));

        assertThat(read.notice()).isNull();
        assertThat(read.text()).isEqualTo("// Caf\u00e9\n");
    }

    @Test
    void bytesThatAreNoTextInTheChosenEncodingAreRefusedNamingIt() {
        Path file = SourceTree.at(root).write("A.java", new byte[] {'/', '/', ' ', (byte) 0x81, '\n'});

        assertThat(new SourceReader(Charset.forName("windows-1252")).read(javaFile(file)).notice())
                .extracting(Notice::kind, Notice::message)
                .containsExactly(Notice.Kind.NOT_DECODABLE,
                        "not valid windows-1252, skipped (sources in another encoding need the scan's encoding set to it)");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithoutReadingIt() throws IOException {
        Path file = root.resolve("Huge.java");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SourceReader.MAX_BYTES + 1);
        }

        assertThat(read(file).notice()).isEqualTo(
                new Notice("Huge.java", Notice.Kind.TOO_LARGE, "file is 10,485,761 bytes, over the 10 MiB limit (10,485,760 bytes); skipped"));
    }

    @Test
    void aFolderIsUnreadable() {
        Path folder = SourceTree.at(root).directory("Weird.java");

        assertThat(read(folder).notice()).isEqualTo(new Notice("Weird.java", Notice.Kind.UNREADABLE, "cannot read: Is a directory"));
    }

    @Test
    void aFileDeletedAfterDiscoveryIsUnreadable() {
        assertThat(read(root.resolve("Gone.java")).notice())
                .isEqualTo(new Notice("Gone.java", Notice.Kind.UNREADABLE, "cannot read: no such file"));
    }

    @Test
    void aFileWithoutReadPermissionIsUnreadable() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads files whatever their permissions");
        Path file = SourceTree.at(root).write("Secret.java", "class Secret {}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

        assertThat(read(file).notice())
                .isEqualTo(new Notice("Secret.java", Notice.Kind.UNREADABLE, "cannot read: permission denied"));
    }
}
