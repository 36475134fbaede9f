package dev.ormlint.analyzer.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.Provider;
import com.github.javaparser.StringProvider;
import com.github.javaparser.UnicodeEscapeProcessingProvider;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java10PostProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place ormlint configures JavaParser: the grammar of the newest released Java language
 * level it knows, no comment attribution (rules read annotations, not comments), and of the
 * post-parse processing only the step rules need ({@code var} becomes a {@code VarType}). The
 * language level's validators are left out: they re-walk every tree a dozen times to enforce
 * compiler rules that code which compiles already satisfies, and cost a third of parsing time.
 * A source whose brackets nest deeper than {@link #MAX_NESTING} is refused unparsed, the same way
 * every time (see {@link BracketNesting}); one with Unicode escapes (a backslash, u000a) is
 * read as javac reads it, escapes first, with positions still in the original text.
 * A parser is not thread-safe, so each thread gets its own.
 */
public final class JavaParsing {

    public static final LanguageLevel LANGUAGE_LEVEL = newestReleasedLevel();
    private static final String EXPECTED_ONE_OF = ", expected one of";
    /** How deep brackets may nest: far beyond hand-written code, and a quarter of what the parser's stack holds. */
    public static final int MAX_NESTING = 1000;
    private static final ThreadLocal<JavaParser> PARSERS = ThreadLocal.withInitial(JavaParsing::newParser);
    private static final ThreadLocal<JavaParser> ESCAPE_PARSERS = ThreadLocal.withInitial(() -> {
        JavaParser parser = newParser();
        parser.getParserConfiguration().getProcessors().add(UnicodeEscapes::new);
        return parser;
    });

    private JavaParsing() {
    }

    /** Either a parsed unit or the first problem's description with its position. */
    public record Parsed(CompilationUnit unit, String problem) {
        public boolean ok() {
            return unit != null;
        }
    }

    public static JavaParser newParser() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(LANGUAGE_LEVEL)
                .setAttributeComments(false)
                .setLexicalPreservationEnabled(false);
        configuration.getProcessors().clear();
        configuration.getProcessors().add(VarTypes::new);
        return new JavaParser(configuration);
    }

    /** Turns {@code var} in local variables, loops and lambda parameters into {@code VarType}s, as every level from Java 10 does. */
    private static final class VarTypes extends Processor {
        private final Java10PostProcessor varTypes = new Java10PostProcessor();

        @Override
        public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
            varTypes.postProcess(result, configuration);
        }
    }

    /**
     * Reads Unicode escapes before the parser does, as javac does, and maps positions back to the
     * escaped text: an escaped line feed ends a {@code //} comment, a file written in escapes parses.
     */
    private static final class UnicodeEscapes extends Processor {
        private UnicodeEscapeProcessingProvider decoder;

        @Override
        public Provider preProcess(Provider provider) {
            decoder = new UnicodeEscapeProcessingProvider(provider);
            return decoder;
        }

        @Override
        public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
            UnicodeEscapeProcessingProvider.PositionMapping mapping = decoder.getPositionMapping();
            if (!mapping.isEmpty()) {
                result.getResult().ifPresent(root -> root.walk(node ->
                        node.getRange().ifPresent(range -> node.setRange(mapping.transform(range)))));
            }
        }
    }

    /**
     * {@code source} as javac reads it, Unicode escapes replaced by their characters: what a cheap
     * text gate must look at, so that a name spelt in escapes still opens it.
     */
    public static String javacText(String source) {
        if (!source.contains("\\u")) {
            return source;
        }
        StringBuilder text = new StringBuilder(source.length());
        char[] buffer = new char[8192];
        try (UnicodeEscapeProcessingProvider decoder = new UnicodeEscapeProcessingProvider(new StringProvider(source))) {
            for (int read = decoder.read(buffer, 0, buffer.length); read > 0; read = decoder.read(buffer, 0, buffer.length)) {
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return text.toString();
    }

    /** The parser for {@code source}: the one that reads escapes first only where there may be one. */
    private static JavaParser parserFor(String source) {
        return (source.contains("\\u") ? ESCAPE_PARSERS : PARSERS).get();
    }

    /** Why {@code source} is not parsed at all, when its brackets nest too deep. */
    public static Optional<String> refusal(String source) {
        OptionalInt line = BracketNesting.lineBeyond(source, MAX_NESTING);
        return line.isPresent()
                ? Optional.of("line " + line.getAsInt() + ": brackets nested more than " + MAX_NESTING
                        + " levels deep, over ormlint's limit")
                : Optional.empty();
    }

    /** Parses {@code source}; never throws, whatever the input. */
    public static Parsed parse(String source) {
        Optional<String> refused = refusal(source);
        if (refused.isPresent()) {
            return new Parsed(null, refused.get());
        }
        ParseResult<CompilationUnit> result;
        try {
            result = parserFor(source).parse(source);
        } catch (StackOverflowError e) {
            // Beyond the nesting limit's reach: a chain of tens of thousands of calls or operators.
            return new Parsed(null, "expressions nested too deeply for the parser");
        } catch (RuntimeException e) {
            return new Parsed(null, "the parser failed: " + e);
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return new Parsed(result.getResult().get(), null);
        }
        String problem = result.getProblems().stream().findFirst().map(JavaParsing::describe).orElse("unknown parse error");
        return new Parsed(null, problem);
    }

    private static String describe(Problem problem) {
        String where = problem.getLocation()
                .flatMap(l -> l.getBegin().getRange())
                .map(r -> "line " + r.begin.line + ", column " + r.begin.column + ": ")
                .orElse("");
        String message = problem.getMessage();
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        // The grammar's list of every acceptable token buries the one useful fact: what was found where.
        int alternatives = firstLine.indexOf(EXPECTED_ONE_OF);
        return where + (alternatives < 0 ? firstLine : firstLine.substring(0, alternatives));
    }

    private static LanguageLevel newestReleasedLevel() {
        Pattern released = Pattern.compile("JAVA_(\\d+)");
        return Arrays.stream(LanguageLevel.values())
                .filter(l -> released.matcher(l.name()).matches())
                .max(Comparator.comparingInt(l -> version(released.matcher(l.name()))))
                .orElse(LanguageLevel.CURRENT);
    }

    private static int version(Matcher m) {
        m.matches();
        return Integer.parseInt(m.group(1));
    }

}
