package dev.ormlint.analyzer.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.type.VarType;
import java.util.List;
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
    void bracketsNestedBeyondTheLimitAreRefusedWithTheLineWhereTheyCrossIt() {
        JavaParsing.Parsed parsed = JavaParsing.parse("class C {\n int x = " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + "; }");

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problem()).isEqualTo("line 2: brackets nested more than 1000 levels deep, over ormlint's limit");
    }

    @Test
    void deepAnnotationsGiveTheSameAnswerOnEveryRun() {
        // Issue 12: 3,000 nested annotations were a parse error in about half the runs, depending on the stack.
        String deep = "@A(" + "@A(".repeat(2_999) + "1" + ")".repeat(3_000) + " class C { }";

        assertThat(List.of(JavaParsing.parse(deep), JavaParsing.parse(deep), JavaParsing.parse(deep)))
                .extracting(JavaParsing.Parsed::problem)
                .containsOnly("line 1: brackets nested more than 1000 levels deep, over ormlint's limit");
    }

    @Test
    void nestingUpToTheLimitParses() {
        String atLimit = "@A(" + "@A(".repeat(JavaParsing.MAX_NESTING - 1) + "1" + ")".repeat(JavaParsing.MAX_NESTING)
                + " class C { }";

        assertThat(JavaParsing.parse(atLimit).problem()).isNull();
    }

    @Test
    void bracketsInCommentsStringsAndCharactersDoNotCount() {
        String deepText = "(".repeat(2_000);
        JavaParsing.Parsed parsed = JavaParsing.parse("class C {\n // " + deepText + "\n /* " + deepText + " */\n"
                + " String s = \"" + deepText + "\"; char c = '('; String t = \"\"\"\n" + deepText + "\n\"\"\"; }");

        assertThat(parsed.problem()).isNull();
    }

    @Test
    void anEscapedLineFeedEndsALineCommentAsInJavac() {
        // javac reads escapes first: the class after the comment's escaped line feed is code, and is found.
        JavaParsing.Parsed parsed = JavaParsing.parse("class A { }\n// hidden \\u000a class Hidden { }\n");

        assertThat(parsed.problem()).isNull();
        assertThat(parsed.unit().getTypes()).extracting(t -> t.getNameAsString()).containsExactly("A", "Hidden");
        assertThat(parsed.unit().getType(1).getBegin().get().line).as("positions stay in the escaped text").isEqualTo(2);
    }

    @Test
    void aFileWrittenInEscapesParses() {
        String plain = "class Escaped { int x = 1; }";
        StringBuilder escaped = new StringBuilder();
        plain.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));

        JavaParsing.Parsed parsed = JavaParsing.parse(escaped.toString());

        assertThat(parsed.problem()).isNull();
        assertThat(parsed.unit().getType(0).getNameAsString()).isEqualTo("Escaped");
        assertThat(JavaParsing.javacText(escaped.toString())).isEqualTo(plain);
    }

    @Test
    void aBackslashBeforeTheEscapeMakesItText() {
        assertThat(JavaParsing.javacText("String s = \"\\\\u0041\";")).isEqualTo("String s = \"\\\\u0041\";");
    }

    @Test
    void theLanguageLevelIsTheNewestReleasedOne() {
        assertThat(JavaParsing.LANGUAGE_LEVEL.name()).matches("JAVA_\\d+");
        assertThat(Integer.parseInt(JavaParsing.LANGUAGE_LEVEL.name().substring(5))).isGreaterThanOrEqualTo(21);
    }
}
