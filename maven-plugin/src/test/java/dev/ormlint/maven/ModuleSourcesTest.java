package dev.ormlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleSourcesTest {

    @TempDir
    Path module;

    @Test
    void keepsExistingDirectoriesOnceInOrderResolvingRelativeOnes() throws IOException {
        Path java = Files.createDirectories(module.resolve("src/main/java"));
        Path generated = Files.createDirectories(module.resolve("target/generated-sources/annotations"));

        List<Path> roots = ModuleSources.existing(module, Arrays.asList(
                java.toString(), "src/main/resources", generated.toString(), "src/main/java", null));

        assertThat(roots).containsExactly(java, generated);
    }

    @Test
    void aFileIsNotARoot() throws IOException {
        Files.writeString(module.resolve("pom.xml"), "<project/>");

        assertThat(ModuleSources.existing(module, List.of("pom.xml"))).isEmpty();
    }
}
