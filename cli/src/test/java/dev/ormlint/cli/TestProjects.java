package dev.ormlint.cli;

import dev.ormlint.analyzer.testing.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small source trees written into a test's temporary directory. */
final class TestProjects {

    static final Path SAMPLE_APP = Path.of("../fixtures/sample-app");

    /** A DAO with one legacy Criteria query, reported at line 7, column 16. */
    static final String LEGACY_DAO = """
            package com.acme;

            import org.hibernate.Session;

            class Dao {
                Object find(Session session) {
                    return session.createCriteria(Dao.class).list();
                }
            }
            """;

    static final String CLEAN_SERVICE = """
            package com.acme;

            import java.util.List;

            class Service {
                List<String> names() {
                    return List.of("a", "b");
                }
            }
            """;

    private TestProjects() {
    }

    static Path write(Path dir, String relativePath, String text) {
        return SourceTree.at(dir).write(relativePath, text);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample app's expected findings as {@code RuleId path:line}. */
    static List<String> sampleAppExpectedFindings() {
        return read(SAMPLE_APP.resolve("expected-findings.txt")).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
