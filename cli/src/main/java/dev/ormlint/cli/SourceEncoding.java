package dev.ormlint.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Option;

/** The {@code --encoding} option of the commands that read Java sources, as javac's {@code -encoding}. */
final class SourceEncoding {

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of the Java sources, e.g. windows-1252 (default: ${DEFAULT-VALUE}); "
                    + "`migrate --apply` writes them back in it. Configuration files are read as UTF-8.")
    Charset charset = StandardCharsets.UTF_8;
}
