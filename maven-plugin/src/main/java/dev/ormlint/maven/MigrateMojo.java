package dev.ormlint.maven;

import dev.ormlint.analyzer.AtomicFiles;
import dev.ormlint.analyzer.report.TerminalText;
import dev.ormlint.rewriter.MigrationFiles;
import dev.ormlint.rewriter.MigrationReport;
import dev.ormlint.rewriter.criteria.MigrationRequest;
import dev.ormlint.rewriter.criteria.MigrationStyle;
import dev.ormlint.rewriter.criteria.PersistenceNamespace;
import dev.ormlint.rewriter.MigrationSummary;
import dev.ormlint.rewriter.Migrations;
import dev.ormlint.rewriter.UnifiedDiff;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Migrates the module's legacy Hibernate Criteria queries to the JPA Criteria API (or HQL). A dry
 * run by default: the unified diff goes to the log and to {@code diffFile}; with {@code apply} the
 * files are written, each atomically. Queries that cannot be migrated faithfully are left as they
 * are and listed with the reason.
 */
@Mojo(name = "migrate", threadSafe = true)
public final class MigrateMojo extends ModuleMojo {

    /** Write the migrated files instead of only showing the diff. */
    @Parameter(property = "ormlint.apply", defaultValue = "false")
    private boolean apply;

    /** What migrated queries become: {@code criteria} (JPA CriteriaBuilder) or {@code hql}. */
    @Parameter(property = "ormlint.style", defaultValue = "criteria")
    private String style;

    /** Where the JPA Criteria types come from: {@code auto} (the namespace the module uses), {@code javax} or {@code jakarta}. */
    @Parameter(property = "ormlint.namespace", defaultValue = "auto")
    private String namespace;

    /** Where the unified diff of the migration is written. */
    @Parameter(property = "ormlint.diffFile", defaultValue = "${project.build.directory}/ormlint/migrate.diff")
    private File diffFile;

    @Override
    protected void executeOnModule() throws MojoExecutionException {
        Path basedir = project.getBasedir().toPath();
        List<Path> roots = ModuleSources.javaRoots(project, includeTests);
        if (roots.isEmpty()) {
            getLog().info("ormlint: no source directories to migrate");
            return;
        }
        Charset encoding = sourceEncoding();
        MigrationReport report = migrate(new MigrationRequest(roots, basedir, migrationStyle(), excludes, encoding, persistenceNamespace()));
        List<String> diff = report.files().stream().flatMap(file -> UnifiedDiff.of(file).stream()).toList();
        writeDiff(diff);
        if (apply) {
            write(report, encoding, basedir);
        } else {
            diff.forEach(getLog()::info);
        }
        summarize(report, BuildLogLines.shown(basedir, diffFile.toPath()));
    }

    private MigrationStyle migrationStyle() throws MojoExecutionException {
        try {
            return MigrationStyle.valueOf(style.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("ormlint: unknown migration style '" + style + "' (expected criteria or hql)", e);
        }
    }

    private PersistenceNamespace persistenceNamespace() throws MojoExecutionException {
        try {
            return PersistenceNamespace.valueOf(namespace.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("ormlint: unknown persistence namespace '" + namespace
                    + "' (expected auto, javax or jakarta)", e);
        }
    }

    private MigrationReport migrate(MigrationRequest request) throws MojoExecutionException {
        try {
            return Migrations.run(request);
        } catch (IOException e) {
            throw new MojoExecutionException("ormlint: cannot read the sources of " + request.root() + ": "
                    + e.getMessage(), e);
        }
    }

    private void writeDiff(List<String> diff) throws MojoExecutionException {
        String text = diff.isEmpty() ? "" : String.join("\n", diff) + "\n";
        try {
            AtomicFiles.write(diffFile.toPath(), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("ormlint: cannot write the diff " + diffFile + ": " + e.getMessage(), e);
        }
    }

    private void write(MigrationReport report, Charset encoding, Path basedir) throws MojoExecutionException {
        MigrationFiles.Written written = MigrationFiles.writeAll(report.files(), encoding, basedir);
        written.written().forEach(path -> getLog().info("ormlint: migrated " + TerminalText.escape(path)));
        if (!written.notWritten().isEmpty()) {
            MigrationSummary.notWritten(written).forEach(line -> getLog().error("ormlint: " + line));
            throw new MojoExecutionException("ormlint: " + written.notWritten().size() + " of " + report.files().size()
                    + " migrated files could not be written (the " + written.written().size()
                    + " others were written)");
        }
    }

    private void summarize(MigrationReport report, String diff) {
        report.notices().forEach(notice -> getLog().warn(BuildLogLines.notice(notice)));
        MigrationSummary.leftQueries(report).forEach(getLog()::warn);
        List<String> counts = MigrationSummary.counts(report);
        getLog().info("ormlint: " + counts.get(0) + (apply ? " written" : " to change (dry run: -Dormlint.apply=true writes them)")
                + "; diff: " + diff);
        counts.subList(1, counts.size()).forEach(getLog()::info);
    }
}
