import dev.ormlint.analyzer.java.JavaParsing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * The floor for ormlint's design: read and parse every Java file of a tree once, with the same
 * parser configuration and the same number of threads as a scan, and do nothing else.
 *
 * <pre>java -cp bench/target/classes:cli/target/ormlint.jar BareParse DIR THREADS</pre>
 */
public final class BareParse {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        long parsed = pool.submit(() -> files.parallelStream().filter(BareParse::parses).count()).get();
        pool.shutdown();
        System.out.println("parsed " + parsed + " of " + files.size() + " files");
    }

    private static boolean parses(Path file) {
        try {
            return JavaParsing.parse(Files.readString(file)).ok();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
