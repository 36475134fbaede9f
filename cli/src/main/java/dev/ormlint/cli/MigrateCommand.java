package dev.ormlint.cli;

import dev.ormlint.analyzer.ScanRequest;
import dev.ormlint.rewriter.criteria.CriteriaMigrator;
import dev.ormlint.rewriter.FileMigration;
import dev.ormlint.rewriter.MigrationFiles;
import dev.ormlint.rewriter.MigrationReport;
import dev.ormlint.rewriter.criteria.MigrationRequest;
import dev.ormlint.rewriter.criteria.MigrationStyle;
import dev.ormlint.rewriter.criteria.PersistenceNamespace;
import dev.ormlint.rewriter.MigrationSummary;
import dev.ormlint.rewriter.UnifiedDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ormlint migrate}: rewrites legacy Hibernate Criteria queries. A dry run prints the unified
 * diff on stdout (so it can be saved as a patch); {@code --apply} writes the files atomically. The
 * summary, with each query left unmigrated and why, goes to stderr.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Migrates legacy Hibernate Criteria queries (removed in Hibernate 6) to the JPA Criteria API "
                + "or to HQL. Prints a unified diff unless --apply is given; queries that cannot be migrated "
                + "faithfully are left untouched and listed with the reason.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:migration done or shown (queries left unmigrated do not fail it)", ExitCodes.ERROR_HELP})
final class MigrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    OrmlintCommand parent;

    @Mixin
    VerboseOption verbose;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to migrate (default: the current directory); include the entity "
                    + "sources, property types are learnt from them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--style", paramLabel = "STYLE",
            description = "What queries become: criteria (JPA CriteriaBuilder, default) or hql (an HQL string "
                    + "with named parameters).")
    MigrationStyle style = MigrationStyle.CRITERIA;

    @Option(names = "--namespace", paramLabel = "NAMESPACE",
            description = "Where the migrated code's JPA Criteria types come from: auto (default: javax.persistence in "
                    + "modules whose code imports only javax.persistence, so it runs on their Hibernate 5.2+; else "
                    + "jakarta.persistence), javax or jakarta.")
    PersistenceNamespace namespace = PersistenceNamespace.AUTO;

    @Option(names = "--apply", description = "Write the migrated files (atomically) instead of printing the diff.")
    boolean apply;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files and directories whose relative path matches GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Mixin
    SourceEncoding encoding;

    @Override
    public Integer call() throws IOException {
        List<Path> targets = TargetPaths.existing(paths, spec.commandLine());
        MigrationReport report = new CriteriaMigrator().migrate(
                new MigrationRequest(targets, ScanRequest.commonRoot(targets), style, excludes, encoding.charset, namespace));
        PrintWriter out = spec.commandLine().getOut();
        if (apply) {
            for (FileMigration file : report.files()) {
                MigrationFiles.write(file, encoding.charset);
            }
        } else {
            report.files().forEach(file -> UnifiedDiff.of(file).forEach(out::println));
        }
        out.flush();
        summarize(report);
        return ExitCodes.OK;
    }

    private void summarize(MigrationReport report) {
        PrintWriter err = spec.commandLine().getErr();
        NoticeLines.print(report.notices(), err, parent.terminal());
        MigrationSummary.leftQueries(report).forEach(err::println);
        List<String> counts = MigrationSummary.counts(report);
        err.println(counts.get(0) + (apply ? " written" : " to change (dry run: --apply writes them)"));
        counts.subList(1, counts.size()).forEach(err::println);
        err.flush();
    }
}
