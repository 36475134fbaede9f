package dev.ormlint.errorprone;

import static dev.ormlint.errorprone.InProcessCompilation.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A unit that javac compiles but ormlint's parser cannot read is named in javac's output and
 * skipped; the compilation and the other units' checks go on.
 */
class UnparseableSourceTest {

    @Test
    void unparseableUnitIsReportedAsANoteAndTheOthersAreStillChecked() {
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

        InProcessCompilation compilation = InProcessCompilation.compile(unparseable, legacy);

        assertThat(compilation.compiled()).as("compiled, output: %s", compilation.output()).isTrue();
        assertThat(compilation.output()).contains("ormlint: /com/acme/Escapes.java: cannot parse: ");
        assertThat(compilation.warnings()).singleElement().satisfies(d -> {
            assertThat(d.getSource()).isSameAs(legacy);
            assertThat(d.getLineNumber()).isEqualTo(7);
            assertThat(d.getColumnNumber()).isEqualTo(16);
            assertThat(d.getMessage(Locale.ROOT)).startsWith("[LegacyCriteriaQuery] Legacy Hibernate Criteria query");
        });
    }
}
