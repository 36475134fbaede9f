package dev.ormlint.analyzer.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java10PostProcessor;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place ormlint configures JavaParser: the grammar of the newest released Java language
 * level it knows, no comment attribution (rules read annotations, not comments), and of the
 * post-parse processing only the step rules need ({@code var} becomes a {@code VarType}). The
 * language level's validators are left out: they re-walk every tree a dozen times to enforce
 * compiler rules that code which compiles already satisfies, and cost a third of parsing time.
 * A parser is not thread-safe, so each thread gets its own.
 */
public final class JavaParsing {

    public static final LanguageLevel LANGUAGE_LEVEL = newestReleasedLevel();
    private static final String EXPECTED_ONE_OF = ", expected one of";
    private static final ThreadLocal<JavaParser> PARSERS = ThreadLocal.withInitial(JavaParsing::newParser);

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

    /** Parses {@code source}; never throws, whatever the input. */
    public static Parsed parse(String source) {
        ParseResult<CompilationUnit> result;
        try {
            result = PARSERS.get().parse(source);
        } catch (StackOverflowError e) {
            // Generated code (a SQL string of thousands of concatenations) nests deeper than the recursive parser can go.
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
