package dev.ormlint.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
    }

    @Test
    void newFileGetsTheDirectoryDefaultPermissionsNotOwnerOnly() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path report = dir.resolve("reports/out.sarif");

        AtomicFiles.write(report, "{}".getBytes());

        assertThat(Files.readString(report)).isEqualTo("{}");
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void replacedFileKeepsItsPermissionsAndNoTemporaryFileRemains() throws IOException {
        Path script = Files.writeString(dir.resolve("run.sh"), "old");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));

        AtomicFiles.write(script, "new".getBytes());

        assertThat(Files.readString(script)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwxr-x---");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(script);
        }
    }
}
