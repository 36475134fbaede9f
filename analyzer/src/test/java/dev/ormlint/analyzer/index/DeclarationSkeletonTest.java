package dev.ormlint.analyzer.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeclarationSkeletonTest {

    @Test
    void methodAndConstructorBodiesAreEmptiedAndSignaturesKept() {
        assertThat(DeclarationSkeleton.of("""
                class A {
                    A(int x) { this.x = x; if (x > 0) { run(); } }
                    int twice() throws Exception { return x * 2; }
                }
                """)).isEqualTo("""
                class A {
                    A(int x) {}
                    int twice() throws Exception {}
                }
                """);
    }

    @Test
    void nestedTypesKeepTheirMembersAtAnyDepth() {
        assertThat(DeclarationSkeleton.of("""
                @Entity(name = "a") public class A extends B<C> {
                    static class Inner implements Runnable { public void run() { go(); } }
                    interface Port { default int p() { return 1; } }
                    record Pair(String l, String r) { Pair { check(l); } }
                    @interface Marker { String[] value() default {"x"}; }
                }
                """)).isEqualTo("""
                @Entity(name = "a") public class A extends B<C> {
                    static class Inner implements Runnable { public void run() {} }
                    interface Port { default int p() {} }
                    record Pair(String l, String r) { Pair {} }
                    @interface Marker { String[] value() default {}; }
                }
                """);
    }

    @Test
    void codeInFieldInitializersIsEmptiedButTheFieldsStay() {
        assertThat(DeclarationSkeleton.of("""
                class A {
                    int[] primes = {2, 3, 5};
                    Runnable task = () -> { run(); };
                    Object anonymous = new Object() { class Local { } };
                    Map<Class<?>, Runnable> byType = Map.of(String.class, () -> { });
                    static { init(); }
                    int after;
                }
                """)).isEqualTo("""
                class A {
                    int[] primes = {};
                    Runnable task = () -> {};
                    Object anonymous = new Object() {};
                    Map<Class<?>, Runnable> byType = Map.of(String.class, () -> {});
                    static {}
                    int after;
                }
                """);
    }

    @Test
    void enumConstantsKeepTheirArgumentsAndLoseTheirBodies() {
        assertThat(DeclarationSkeleton.of("""
                enum Mode {
                    ON("on") { int weight() { return 1; } }, OFF("off");
                    Mode(String label) { this.label = label; }
                    int weight() { return 0; }
                }
                """)).isEqualTo("""
                enum Mode {
                    ON("on") {}, OFF("off");
                    Mode(String label) {}
                    int weight() {}
                }
                """);
    }

    @Test
    void bracesAndCommentMarkersInsideLiteralsAreTextAndCommentsBecomeSpaces() {
        String textBlock = "    String block = \"\"\"\n        } /* \\\"\"\" {\n        \"\"\";\n";
        assertThat(DeclarationSkeleton.of("class A {\n"
                + "    String open = \"{ // not a comment\";\n"
                + "    char close = '}';\n"
                + textBlock
                + "    void m() { String s = \"}\"; char c = '{'; /* } */ }\n"
                + "    // class Hidden {\n"
                + "    /** Docs { */ int after;\n"
                + "}\n")).isEqualTo("class A {\n"
                + "    String open = \"{ // not a comment\";\n"
                + "    char close = '}';\n"
                + textBlock
                + "    void m() {}\n"
                + "     \n"
                + "      int after;\n"
                + "}\n");
    }

    @Test
    void aClassLiteralBeforeABlockDoesNotOpenATypeBody() {
        assertThat(DeclarationSkeleton.of("""
                class A {
                    @Handles(Event.class) void on(Event e) { class Local { void x() { } } }
                }
                """)).isEqualTo("""
                class A {
                    @Handles(Event.class) void on(Event e) {}
                }
                """);
    }

    @Test
    void unbalancedBracesStayUnbalancedSoTheSkeletonFailsToParseToo() {
        assertThat(DeclarationSkeleton.of("class A {\n    void m( {\n}\n")).isEqualTo("class A {\n    void m( {}\n");
    }
}
