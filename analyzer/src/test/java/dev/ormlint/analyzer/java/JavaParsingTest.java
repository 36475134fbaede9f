package dev.ormlint.analyzer.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.type.VarType;
import org.junit.jupiter.api.Test;

class JavaParsingTest {

    @Test
    void parsesCurrentJavaSyntaxAndMarksVarTypes() {
        JavaParsing.Parsed parsed = JavaParsing.parse("""
                sealed interface Shape permits Circle, Square { }
                record Circle(double radius) implements Shape { }
                record Square(double side) implements Shape { }

                class Shapes {
                    int code(Object o, int k) {
                        var list = new java.util.ArrayList<String>();
                        for (var s : list) { }
                        java.util.function.BinaryOperator<Integer> add = (var x, var y) -> x + y;
                        String text = \"""
                                a text block
                                \""";
                        if (o instanceof String s && !s.isEmpty()) {
                            return s.length();
                        }
                        int v = switch (k) {
                            case 1 -> 2;
                            default -> {
                                yield 3;
                            }
                        };
                        return switch (o) {
                            case Circle(double r) when r > 1 -> 1;
                            case Square square -> 2;
                            default -> v;
                        };
                    }

                    int yield = 0;
                    int record = 1;
                    String var = "";
                }
                """);

        assertThat(parsed.problem()).isNull();
        assertThat(parsed.unit().findAll(VarType.class)).hasSize(4);
    }

    @Test
    void aSyntaxErrorIsDescribedByItsPositionAndWhatWasFound() {
        JavaParsing.Parsed parsed = JavaParsing.parse("class Broken {\n    void m( {\n}\n");

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problem()).isEqualTo("line 2, column 11: Parse error. Found \"{\"");
    }

    @Test
    void aGeneratedStringOfTwentyThousandPartsParses() {
        JavaParsing.Parsed parsed = JavaParsing.parse("class Sql { String s = \"a\"" + " + \"a\"".repeat(20_000) + "; }");

        assertThat(parsed.problem()).isNull();
    }

    @Test
    void inputTooDeepForTheParserIsAProblemNotAnError() {
        JavaParsing.Parsed parsed = JavaParsing.parse("class C { int x = " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + "; }");

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problem()).isEqualTo("expressions nested too deeply for the parser");
    }

    @Test
    void theLanguageLevelIsTheNewestReleasedOne() {
        assertThat(JavaParsing.LANGUAGE_LEVEL.name()).matches("JAVA_\\d+");
        assertThat(Integer.parseInt(JavaParsing.LANGUAGE_LEVEL.name().substring(5))).isGreaterThanOrEqualTo(21);
    }
}
