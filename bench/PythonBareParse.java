import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.engine.FileDiscovery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

/**
 * The floor of a Python scan: read every Python file ormlint's discovery picks under a directory
 * and parse it once with tree-sitter, the same grammar and the same way of handing it UTF-8 bytes,
 * on the same number of threads as a scan, then close the native tree, and do nothing else (no
 * Java copy of the tree, no rules).
 *
 * <pre>java -cp bench/target/classes:cli/target/ormlint.jar PythonBareParse DIR THREADS [--lines]</pre>
 *
 * With {@code --lines} it only prints how many lines those files have.
 */
public final class PythonBareParse {

    private static final TSLanguage PYTHON = new TreeSitterPython();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<Path> files = new FileDiscovery(root, List.of()).discover(List.of(root)).files().stream()
                .filter(f -> f.kind() == SourceFile.Kind.PYTHON).map(SourceFile::absolutePath).toList();
        if (args.length > 2 && args[2].equals("--lines")) {
            long lines = 0;
            for (Path file : files) {
                try (var stream = Files.lines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                    lines += stream.count();
                }
            }
            System.out.println(lines);
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        long nodes = pool.submit(() -> files.parallelStream().mapToLong(PythonBareParse::parse).sum()).get();
        pool.shutdown();
        System.out.println("parsed " + files.size() + " files, root spans " + nodes + " bytes");
    }

    /** Parses one file; returns the bytes its module spans, so that the parse cannot be optimised away. */
    private static long parse(Path file) {
        try (TSParser parser = new TSParser()) {
            byte[] utf8 = Files.readAllBytes(file);
            parser.setLanguage(PYTHON);
            TSTree tree = parser.parse(new byte[Math.max(1, utf8.length)], null, (buffer, offset, position) -> {
                int length = Math.max(0, Math.min(buffer.length, utf8.length - offset));
                System.arraycopy(utf8, offset, buffer, 0, length);
                return length;
            }, TSInputEncoding.TSInputEncodingUTF8);
            try (tree) {
                return tree.getRootNode().getEndByte();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
