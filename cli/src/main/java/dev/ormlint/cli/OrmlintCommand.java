package dev.ormlint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ormlint}: the top command. Each subcommand is its own class, listed here once. */
@Command(
        name = "ormlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Finds the persistence mistakes that make Java applications slow, leaky or wrong "
                + "(Hibernate, JPA, Spring Data, JDBC, connection pools).",
        subcommands = {ScanCommand.class, MigrateCommand.class, RulesCommand.class, ExplainCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.FINDINGS_HELP, ExitCodes.ERROR_HELP})
public final class OrmlintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final Terminal terminal;

    OrmlintCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The command line with ormlint's error handling, ready to {@code execute}. */
    static CommandLine commandLine(Terminal terminal) {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new OrmlintCommand(terminal))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /** Where the subcommands' output goes, for colour and progress decisions. */
    Terminal terminal() {
        return terminal;
    }

    /** Without a subcommand there is nothing to do: show what there is, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.ERROR;
    }
}
