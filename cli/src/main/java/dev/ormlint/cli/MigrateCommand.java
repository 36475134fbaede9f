package dev.ormlint.cli;

import dev.ormlint.analyzer.ScanRequest;
import dev.ormlint.rewriter.MigrationFiles;
import dev.ormlint.rewriter.MigrationReport;
import dev.ormlint.rewriter.criteria.MigrationRequest;
import dev.ormlint.rewriter.criteria.MigrationStyle;
import dev.ormlint.rewriter.criteria.PersistenceNamespace;
import dev.ormlint.rewriter.MigrationSummary;
import dev.ormlint.rewriter.Migrations;
import dev.ormlint.rewriter.UnifiedDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ormlint migrate}: rewrites legacy Hibernate Criteria queries (Java files) and SQLAlchemy
 * {@code Query} chains (Python files). A dry run prints the unified
 * diff on stdout (so it can be saved as a patch); {@code --apply} writes the files atomically. The
 * summary, with each query left unmigrated and why, goes to stderr.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Migrates legacy Hibernate Criteria queries (removed in Hibernate 6) to the JPA Criteria API "
                + "or to HQL, and SQLAlchemy's legacy session.query(...) to 2.0 select() statements. Prints a "
                + "unified diff unless --apply is given; queries that cannot be migrated faithfully are left "
                + "untouched and listed with the reason.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:migration done or shown (queries left unmigrated do not fail it)",
                ExitCodes.ERROR_HELP + "; with --apply, also a migrated file that could not be written (the others are)"})
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
        Path root = ScanRequest.commonRoot(targets);
        MigrationReport report = Migrations.run(
                new MigrationRequest(targets, root, style, excludes, encoding.charset, namespace));
        PrintWriter out = spec.commandLine().getOut();
        Optional<MigrationFiles.Written> written = Optional.empty();
        if (apply) {
            written = Optional.of(MigrationFiles.writeAll(report.files(), encoding.charset, root));
        } else {
            report.files().forEach(file -> UnifiedDiff.of(file).forEach(out::println));
        }
        out.flush();
        summarize(report, written);
        return written.map(w -> w.notWritten().isEmpty()).orElse(true) ? ExitCodes.OK : ExitCodes.ERROR;
    }

    private void summarize(MigrationReport report, Optional<MigrationFiles.Written> written) {
        PrintWriter err = spec.commandLine().getErr();
        NoticeLines.print(report.notices(), err, parent.terminal());
        MigrationSummary.leftQueries(report).forEach(err::println);
        written.ifPresent(w -> MigrationSummary.notWritten(w).forEach(err::println));
        List<String> counts = MigrationSummary.counts(report);
        err.println(counts.get(0) + written.map(MigrateCommand::writtenCount)
                .orElse(" to change (dry run: --apply writes them)"));
        counts.subList(1, counts.size()).forEach(err::println);
        err.flush();
    }

    /** E.g. {@code  written}, or {@code , 2 written, 1 not written} when some could not be. */
    private static String writtenCount(MigrationFiles.Written written) {
        return written.notWritten().isEmpty() ? " written"
                : ", " + written.written().size() + " written, " + written.notWritten().size() + " not written";
    }
}
