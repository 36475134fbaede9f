package dev.ormlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The one line an error becomes: input problems say what and where, anything else is internal. */
class ErrorHandlerTest {

    @Test
    void fileProblemsNameTheFile() {
        assertThat(ErrorHandler.describe(new NoSuchFileException("src/Dao.java")))
                .isEqualTo("no such file or directory: src/Dao.java");
        assertThat(ErrorHandler.describe(new UncheckedIOException(new AccessDeniedException("/root/secret"))))
                .isEqualTo("permission denied: /root/secret");
    }

    @Test
    void inputErrorsKeepTheirMessage() {
        assertThat(ErrorHandler.describe(new IOException("baseline b.json has unsupported version 7")))
                .isEqualTo("baseline b.json has unsupported version 7");
        assertThat(ErrorHandler.describe(new IllegalArgumentException("unknown rule 'X' (see 'ormlint rules')")))
                .isEqualTo("unknown rule 'X' (see 'ormlint rules')");
    }

    @Test
    void anythingElseIsAnInternalErrorPointingToVerbose() {
        assertThat(ErrorHandler.describe(new IllegalStateException("index corrupt")))
                .isEqualTo("internal error: java.lang.IllegalStateException: index corrupt "
                        + "(run again with --verbose for the stack trace)");
    }
}
