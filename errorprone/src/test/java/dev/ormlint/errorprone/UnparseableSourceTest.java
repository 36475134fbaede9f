package dev.ormlint.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.errorprone.BaseErrorProneJavaCompiler;
import com.google.errorprone.scanner.ScannerSupplier;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit that javac compiles but ormlint's parser cannot read is named in javac's output and
 * skipped; the compilation and the other units' checks go on.
 */
class UnparseableSourceTest {

    @Test
    void unparseableUnitIsReportedAsANoteAndTheOthersAreStillChecked(@TempDir java.nio.file.Path classes) {
        // javac turns \u0022 into a quote before lexing, so this is the empty string; JavaParser reads an unclosed literal.
        JavaFileObject unparseable = source("com/acme/Escapes.java", """
                package com.acme;

                class Escapes {
                    // mentions org.hibernate, so ormlint parses it
                    String quote = "\\u0022;
                }
                """);
        JavaFileObject legacy = source("com/acme/OrderDao.java", """
                package com.acme;

                import org.hibernate.Session;

                class OrderDao {
                    Object open(Session session) {
                        return session.createCriteria(OrderDao.class).list();
                    }
                }
                """);
        StringWriter output = new StringWriter();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler javac = new BaseErrorProneJavaCompiler(ScannerSupplier.fromBugCheckerClasses(LegacyCriteriaQuery.class));

        boolean compiled = javac.getTask(output, null, diagnostics,
                List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-d", classes.toString()),
                null, List.of(unparseable, legacy)).call();

        assertThat(compiled).as("compiled, output: %s", output).isTrue();
        assertThat(output.toString()).contains("ormlint: /com/acme/Escapes.java: cannot parse: ");
        assertThat(diagnostics.getDiagnostics())
                .filteredOn(d -> d.getKind() == Diagnostic.Kind.WARNING)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.getSource()).isSameAs(legacy);
                    assertThat(d.getLineNumber()).isEqualTo(7);
                    assertThat(d.getColumnNumber()).isEqualTo(16);
                    assertThat(d.getMessage(Locale.ROOT)).startsWith("[LegacyCriteriaQuery] Legacy Hibernate Criteria query");
                });
    }

    private static JavaFileObject source(String path, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
