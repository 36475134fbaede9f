package dev.ormlint.rules.python;

import java.util.regex.Pattern;

/**
 * Whether a Python file belongs to a project's tests (pytest's {@code test_*.py}, {@code *_test.py},
 * {@code conftest.py}, or anything under a {@code tests}/{@code test} folder): engines created there
 * never serve production traffic, so the pool rules leave them alone.
 */
final class TestModules {

    private static final Pattern TEST_PATH = Pattern.compile(
            "(^|.*/)(tests?/.*|test_[^/]*\\.py|[^/]*_test\\.py|conftest\\.py)");

    private TestModules() {
    }

    static boolean contains(String relativePath) {
        return TEST_PATH.matcher(relativePath).matches();
    }
}
