package dev.ormlint.errorprone;

import com.google.errorprone.BaseErrorProneJavaCompiler;
import com.google.errorprone.scanner.ScannerSupplier;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * One javac compilation with Error Prone running {@link LegacyCriteriaQuery}, in this JVM, with
 * javac's own output and diagnostics kept for assertions.
 */
record InProcessCompilation(boolean compiled, String output, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    static InProcessCompilation compile(JavaFileObject... sources) {
        Path classes = null;
        try {
            classes = Files.createTempDirectory("ormlint-ep-classes");
            StringWriter output = new StringWriter();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            boolean compiled = new BaseErrorProneJavaCompiler(ScannerSupplier.fromBugCheckerClasses(LegacyCriteriaQuery.class))
                    .getTask(output, null, diagnostics,
                            List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-d", classes.toString()),
                            null, List.of(sources))
                    .call();
            return new InProcessCompilation(compiled, output.toString(), diagnostics.getDiagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(classes);
        }
    }

    static JavaFileObject source(String path, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    List<Diagnostic<? extends JavaFileObject>> warnings() {
        return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).toList();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temp directory left behind is harmless.
        }
    }
}
