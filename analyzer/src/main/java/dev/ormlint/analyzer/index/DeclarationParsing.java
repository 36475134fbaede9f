package dev.ormlint.analyzer.index;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import dev.ormlint.analyzer.java.JavaParsing;

/**
 * The index pass's parse: the {@link DeclarationSkeleton} of a source, parsed without tokens,
 * positions or post-parse processing, costs about a quarter of a full parse and yields the same
 * {@link IndexBuilder} facts. The skeleton keeps the method bodies that can contribute to a
 * {@link MethodSummary} ({@link MethodSummaries#mayContribute}).
 * When the skeleton does not parse, the full source is parsed instead, so a file that cannot be
 * parsed gets the full parser's description of its problem and position.
 *
 * <p>The units it returns have no positions: they are for the index, never for rules.
 */
public final class DeclarationParsing {

    private static final ThreadLocal<JavaParser> PARSERS = ThreadLocal.withInitial(DeclarationParsing::newParser);

    private DeclarationParsing() {
    }

    /**
     * ormlint's parser (each has a configuration of its own to change) minus the tokens and the
     * post-parse processors: those validate and rewrite code inside bodies ({@code var} locals),
     * and a skeleton has none.
     */
    private static JavaParser newParser() {
        JavaParser parser = JavaParsing.newParser();
        parser.getParserConfiguration().setStoreTokens(false).getProcessors().clear();
        return parser;
    }

    public static JavaParsing.Parsed parse(String source) {
        if (source.contains("\\u")) {
            // A Unicode escape can end a comment or spell a declaration: only the full parse reads them as javac does.
            return JavaParsing.parse(source);
        }
        String skeleton = DeclarationSkeleton.keepingBodies(source, MethodSummaries::mayContribute);
        if (JavaParsing.refusal(skeleton).isEmpty()) {
            try {
                ParseResult<CompilationUnit> result = PARSERS.get().parse(skeleton);
                if (result.isSuccessful() && result.getResult().isPresent()) {
                    return new JavaParsing.Parsed(result.getResult().get(), null);
                }
            } catch (RuntimeException | StackOverflowError e) {
                // The full parse below meets the same input and reports it.
            }
        }
        return JavaParsing.parse(source);
    }
}
