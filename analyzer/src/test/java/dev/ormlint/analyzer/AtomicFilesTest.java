package dev.ormlint.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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

    @Test
    void aDirectoryAsTargetIsRefusedUnderItsOwnNameAndLeftAsItWas() throws IOException {
        Path reports = Files.createDirectory(dir.resolve("reports"));

        assertThatThrownBy(() -> AtomicFiles.write(reports, "{}".getBytes()))
                .isInstanceOf(FileSystemException.class)
                .hasMessage(reports + ": is a directory");
        assertThat(reports).isEmptyDirectory();
    }

    @Test
    void anUnwritableDirectoryIsReportedUnderTheTargetNameNotTheTemporaryFile() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeTrue(!Files.isWritable(locked), "root writes anywhere");
        Path report = locked.resolve("out.json");

        assertThatThrownBy(() -> AtomicFiles.write(report, "{}".getBytes()))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.getFile()).isEqualTo(report.toString()));
    }
}
