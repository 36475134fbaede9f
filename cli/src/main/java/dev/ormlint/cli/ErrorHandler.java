package dev.ormlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and exit code 2: a usage error names the command's
 * help; an I/O or input error says what and where; anything else is an internal error. The stack
 * trace follows only with {@code --verbose}.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String hint = e instanceof InputError ? "" : " (see '" + command.getCommandSpec().qualifiedName() + " --help')";
        command.getErr().println("ormlint: error: " + withoutPicocliPrefix(e.getMessage()) + hint);
        command.getErr().flush();
        return ExitCodes.ERROR;
    }

    /** Picocli starts some messages (mutually exclusive options) with its own "Error: ". */
    private static String withoutPicocliPrefix(String message) {
        return message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        err.println("ormlint: error: " + describe(e));
        if (isVerbose(command)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.ERROR;
    }

    static String describe(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (cause instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (cause instanceof IOException || cause instanceof IllegalArgumentException) {
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
        return "internal error: " + cause + " (run again with --verbose for the stack trace)";
    }

    private static boolean isVerbose(CommandLine command) {
        return command.getMixins().values().stream()
                .anyMatch(mixin -> mixin instanceof VerboseOption option && option.verbose);
    }
}
