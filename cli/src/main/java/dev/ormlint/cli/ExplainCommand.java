package dev.ormlint.cli;

import dev.ormlint.analyzer.rule.RuleDescriptor;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ormlint explain RULE}: the rule's doc page, the same markdown the README links. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints a rule's documentation: what it finds, why it matters, how to fix it.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Parameters(paramLabel = "RULE", description = "A rule id, as 'ormlint rules' lists them.")
    String ruleId;

    @Override
    public Integer call() {
        RuleDescriptor rule = RuleRegistry.load().find(ruleId).orElseThrow(() ->
                new InputError(spec.commandLine(), "unknown rule '" + ruleId + "' (see 'ormlint rules')"));
        String page = rule.docPage().orElse("# " + rule.id() + "\n\n" + rule.summary() + ".\n");
        PrintWriter out = spec.commandLine().getOut();
        out.print(page.endsWith("\n") ? page : page + "\n");
        out.flush();
        return ExitCodes.OK;
    }
}
