package dev.ormlint.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} option every command mixes in. */
final class VerboseOption {

    @Option(names = {"-v", "--verbose"}, description = "Print the stack trace of errors.")
    boolean verbose;
}
