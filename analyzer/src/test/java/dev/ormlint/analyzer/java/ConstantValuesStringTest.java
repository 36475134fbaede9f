package dev.ormlint.analyzer.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.ormlint.analyzer.index.IndexBuilder;
import dev.ormlint.analyzer.index.ProjectIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ConstantValues#string}: SQL texts and hint names, in the forms code writes them. */
class ConstantValuesStringTest {

    private static final Map<String, String> HINTS = Map.of(
            "org.hibernate.jpa.SpecHints.HINT_SPEC_FETCH_GRAPH", "jakarta.persistence.fetchgraph");

    private static final String SOURCE = """
            package com.acme;

            import static org.hibernate.jpa.SpecHints.HINT_SPEC_FETCH_GRAPH;

            import org.hibernate.jpa.AvailableHints;
            import org.hibernate.jpa.SpecHints;

            class Queries {
                private static final String TABLE = "purchase_order";
                private static final String SELECT = "select * from " + TABLE;
                private String notFinal = "x";

                interface Columns {
                    String STATUS = "status";
                }

                void run(String parameter) {
                    use("a" + "b");
                    use(\"""
                        select 1
                        \""");
                    use(SELECT + " where " + Columns.STATUS + " = 'OPEN'");
                    use(SpecHints.HINT_SPEC_FETCH_GRAPH);
                    use(AvailableHints.HINT_SPEC_FETCH_GRAPH);
                    use(HINT_SPEC_FETCH_GRAPH);
                    use(parameter);
                    use(notFinal);
                    use("a" + parameter);
                    use(SpecHints.HINT_SPEC_LOAD_GRAPH);
                }

                void use(String value) {
                }
            }
            """;

    @Test
    void valuesOfConstantExpressions() {
        CompilationUnit unit = JavaParsing.parse(SOURCE).unit();
        TypeFacts types = new TypeFacts(unit, ProjectIndex.of(IndexBuilder.typesOf(unit, "com/acme/Queries.java")));
        ConstantValues constants = new ConstantValues(types, HINTS);

        List<Optional<String>> values = unit.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("use")).stream()
                .map(c -> c.getArgument(0))
                .map(constants::string)
                .toList();

        assertThat(values).containsExactly(
                Optional.of("ab"),
                Optional.of("select 1\n"),
                Optional.of("select * from purchase_order where status = 'OPEN'"),
                Optional.of("jakarta.persistence.fetchgraph"),
                Optional.of("jakarta.persistence.fetchgraph"),
                Optional.of("jakarta.persistence.fetchgraph"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void selfReferencingConstantsDoNotLoop() {
        CompilationUnit unit = JavaParsing.parse("""
                class Loop {
                    static final String A = B + "a";
                    static final String B = A + "b";

                    Object value() {
                        return A;
                    }
                }
                """).unit();
        TypeFacts types = new TypeFacts(unit, ProjectIndex.of(IndexBuilder.typesOf(unit, "Loop.java")));
        Expression returned = unit.findFirst(ReturnStmt.class).orElseThrow()
                .getExpression().orElseThrow();

        assertThat(new ConstantValues(types).string(returned)).isEmpty();
    }
}
