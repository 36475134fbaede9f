package dev.ormlint.rules.java;

/**
 * Whether a file belongs to a project's tests (Maven/Gradle {@code src/test/}): pools created or
 * configured there never serve production traffic, and their loops walk the few rows their fixtures
 * make, so the pool and loop rules leave them alone.
 */
final class TestSources {

    private TestSources() {
    }

    static boolean contains(String relativePath) {
        return relativePath.startsWith("src/test/") || relativePath.contains("/src/test/");
    }
}
