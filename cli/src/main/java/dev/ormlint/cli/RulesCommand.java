package dev.ormlint.cli;

import dev.ormlint.analyzer.rule.Language;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ormlint rules}: every rule with its default severity, the languages it checks, and its summary. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists the rules: id, default severity, languages and summary. 'ormlint explain RULE' shows one in full.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        List<RuleDescriptor> rules = RuleRegistry.load().all();
        int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        int languagesWidth = rules.stream().mapToInt(r -> languages(r).length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (RuleDescriptor rule : rules) {
            out.printf("%-" + idWidth + "s  %-7s  %-" + languagesWidth + "s  %s%n", rule.id(), rule.severity().label(),
                    languages(rule), rule.summary());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String languages(RuleDescriptor rule) {
        return String.join(",", rule.languages().stream().map(Language::label).toList());
    }
}
