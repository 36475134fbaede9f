package dev.ormlint.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Arguments that parse but name something that does not exist (a path, a rule): a usage error
 * whose message says all there is, so no pointer to {@code --help} follows it.
 */
final class InputError extends ParameterException {

    private static final long serialVersionUID = 1L;

    InputError(CommandLine command, String message) {
        super(command, message);
    }
}
