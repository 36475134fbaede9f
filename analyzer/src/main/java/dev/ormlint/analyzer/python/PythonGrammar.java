package dev.ormlint.analyzer.python;

import java.util.Optional;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterPython;

/**
 * The tree-sitter Python grammar, loaded once. Its native library ships for Linux (glibc), macOS and
 * Windows x64 only and is unpacked into {@code java.io.tmpdir} on first use; where that cannot work
 * (another platform, a temp directory that cannot be written) the grammar is unavailable, Python
 * files are skipped with one notice saying why, and Java scanning is unaffected.
 */
public final class PythonGrammar {

    private static final PythonGrammar SHARED = load(TreeSitterPython::new);

    private final TSLanguage language;
    private final String unavailableReason;

    private PythonGrammar(TSLanguage language, String unavailableReason) {
        this.language = language;
        this.unavailableReason = unavailableReason;
    }

    /** The grammar of this process, loaded on first use. */
    public static PythonGrammar shared() {
        return SHARED;
    }

    /**
     * Loads the grammar through {@code loader} (normally tree-sitter-python's own), turning any failure
     * to load native code into a reason instead of an error.
     */
    public static PythonGrammar load(Supplier<TSLanguage> loader) {
        try {
            return new PythonGrammar(loader.get(), null);
        } catch (RuntimeException | LinkageError e) {
            return new PythonGrammar(null, describe(e));
        }
    }

    /** The parser's language, or empty when the native library could not be loaded. */
    Optional<TSLanguage> language() {
        return Optional.ofNullable(language);
    }

    public boolean available() {
        return language != null;
    }

    /** Why Python sources cannot be parsed here, for the one notice a scan gives; empty when they can. */
    public Optional<String> unavailableReason() {
        return Optional.ofNullable(unavailableReason);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "the tree-sitter Python parser's native library could not be loaded on "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + " (it ships for Linux glibc, macOS and Windows x64 and is unpacked into java.io.tmpdir="
                + System.getProperty("java.io.tmpdir") + ", which must be writable): " + detail;
    }
}
