package dev.ormlint.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The jar users put on the processor path is self-contained (the migration engine included, Spoon
 * left out: inside javac the entity facts are javac's), and its own copies of JavaParser and
 * Jackson are relocated, so they cannot clash with Error Prone's dependencies or another processor's.
 */
class PluginJarIT {

    @Test
    void holdsTheRulesTheCheckersAndOnlyRelocatedLibraries() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("ormlint.pluginJar"))) {
            List<String> classes = jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).toList();

            assertThat(classes).contains(
                    "dev/ormlint/errorprone/LegacyCriteriaQuery.class",
                    "dev/ormlint/rules/java/LegacyCriteriaQuery.class",
                    "dev/ormlint/analyzer/Analyzer.class",
                    "dev/ormlint/rewriter/criteria/SourceMigrator.class",
                    "dev/ormlint/errorprone/shaded/javaparser/JavaParser.class",
                    "dev/ormlint/errorprone/shaded/jackson/databind/ObjectMapper.class");
            assertThat(classes).allMatch(n -> n.startsWith("dev/ormlint/"), "every class under dev/ormlint/");
            assertThat(classes).noneMatch(n -> n.startsWith("dev/ormlint/errorprone/testrules/"));
            assertThat(read(jar, "META-INF/services/com.google.errorprone.bugpatterns.BugChecker"))
                    .contains("dev.ormlint.errorprone.LegacyCriteriaQuery")
                    .doesNotContain("CreateSqlQuery");
            assertThat(read(jar, "META-INF/services/dev.ormlint.analyzer.rule.Rule"))
                    .contains("dev.ormlint.rules.java.LegacyCriteriaQuery");
            assertThat(jar.getEntry("ormlint/library-types.txt")).isNotNull();
        }
    }

    private static String read(JarFile jar, String name) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
