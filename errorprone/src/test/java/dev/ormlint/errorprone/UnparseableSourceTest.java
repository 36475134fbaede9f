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
        // javac compiles brackets nested past ormlint's nesting limit, which ormlint refuses to parse.
        JavaFileObject unparseable = source("com/acme/Deep.java", """
                package com.acme;

                class Deep {
                    // mentions org.hibernate, so ormlint parses it
                    int deep = %s1%s;
                }
                """.formatted("(".repeat(1001), ")".repeat(1001)));
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
        assertThat(compilation.output()).contains("ormlint: /com/acme/Deep.java: cannot parse: line 5: brackets nested more than 1000 levels deep");
        assertThat(compilation.warnings()).singleElement().satisfies(d -> {
            assertThat(d.getSource()).isSameAs(legacy);
            assertThat(d.getLineNumber()).isEqualTo(7);
            assertThat(d.getColumnNumber()).isEqualTo(16);
            assertThat(d.getMessage(Locale.ROOT)).startsWith("[LegacyCriteriaQuery] Legacy Hibernate Criteria query");
        });
    }
}
