package dev.ormlint.analyzer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.java.JavaParsing;
import org.junit.jupiter.api.Test;

class DeclarationParsingTest {

    private static final String SERVICE = """
            package com.acme.shop;

            import jakarta.persistence.Entity;
            import java.util.*;
            import static java.util.Objects.requireNonNull;

            /** Everything the index reads, with code around it. */
            @Entity
            @SuppressWarnings({"unchecked", "rawtypes"})
            public class Order<T extends Comparable<T>> extends Base<T> implements Runnable, Comparable<Order<T>> {
                private final Map<String, List<T>> lines = new HashMap<>() { { put("x", List.of()); } };
                private int[] counts = {1, 2}, totals;
                static final Comparator<Order<?>> BY_ID = (a, b) -> { return 0; };

                public Order(Map<String, List<T>> seed) { lines.putAll(seed); }

                @Deprecated
                public <R> R convert(java.util.function.Function<Order<T>, R> f, String... tags) { return f.apply(this); }

                public void run() { for (var e : lines.entrySet()) { System.out.println(e); } }

                public int compareTo(Order<T> o) { return 0; }

                enum State { OPEN { int rank() { return 1; } }, CLOSED; int rank() { return 0; } }

                record Line(String sku, int quantity) implements Comparable<Line> {
                    Line { requireNonNull(sku); }
                    public int compareTo(Line o) { return sku.compareTo(o.sku); }
                }

                interface Listener { default void on(Order<?> o) { } }

                @interface Audited { String value() default "x"; }
            }

            class PackagePrivateHelper { List<String> names() { return List.of(); } }
            """;

    @Test
    void theIndexOfTheDeclarationsEqualsTheIndexOfTheFullParse() {
        JavaParsing.Parsed full = JavaParsing.parse(SERVICE);
        JavaParsing.Parsed declarations = DeclarationParsing.parse(SERVICE);

        assertThat(IndexBuilder.typesOf(declarations.unit(), "Order.java"))
                .isEqualTo(IndexBuilder.typesOf(full.unit(), "Order.java"))
                .extracting(TypeInfo::qualifiedName)
                .containsExactly("com.acme.shop.Order", "com.acme.shop.Order.State", "com.acme.shop.Order.Line",
                        "com.acme.shop.Order.Listener", "com.acme.shop.Order.Audited", "com.acme.shop.PackagePrivateHelper");
    }

    @Test
    void theUnitsHaveNoPositionsBecauseNoTokensAreStored() {
        assertThat(DeclarationParsing.parse(SERVICE).unit().getTypes().get(0).getRange()).isEmpty();
    }

    @Test
    void aSourceThatDoesNotParseGetsTheFullParsersProblemAndPosition() {
        JavaParsing.Parsed parsed = DeclarationParsing.parse("package a;\n\nclass Broken {\n    void m( {\n}\n");

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problem()).isEqualTo(JavaParsing.parse("package a;\n\nclass Broken {\n    void m( {\n}\n").problem())
                .startsWith("line 4, column 11: ");
    }

    @Test
    void anErrorInsideAMethodBodyDoesNotHideTheDeclarations() {
        JavaParsing.Parsed parsed = DeclarationParsing.parse("class Half { int size; void m() { int x = ; } }");

        assertThat(parsed.ok()).isTrue();
        assertThat(IndexBuilder.typesOf(parsed.unit(), "Half.java").get(0).fields()).containsOnlyKeys("size");
    }
}
