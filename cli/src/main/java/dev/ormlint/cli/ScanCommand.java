package dev.ormlint.cli;

import dev.ormlint.analyzer.Analyzer;
import dev.ormlint.analyzer.Baseline;
import dev.ormlint.analyzer.ScanRequest;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.report.ReportFormat;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ormlint scan}: one {@link Analyzer} run, reported in the chosen format, judged by {@code --fail-on}. */
@Command(
        name = "scan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Scans Java sources and persistence configuration (no build needed) and reports the findings.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.FINDINGS_HELP, ExitCodes.ERROR_HELP})
final class ScanCommand implements Callable<Integer> {


    @Spec
    CommandSpec spec;

    @ParentCommand
    OrmlintCommand parent;

    @Mixin
    VerboseOption verbose;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to scan (default: the current directory). "
                    + "Findings are reported relative to their common directory.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: text (default), json or sarif.")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at least this severe: error, warning (default), info or never.")
    FailOn failOn = FailOn.WARNING;

    @Option(names = "--enable", paramLabel = "RULE", split = ",",
            description = "Run only these rules (comma-separated; repeatable).")
    Set<String> enabled = new LinkedHashSet<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "Do not run these rules (comma-separated; repeatable).")
    Set<String> disabled = new LinkedHashSet<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files and directories whose path relative to the scanned directory matches GLOB, "
                    + "e.g. '**/generated/**' (repeatable). target/, build/, .git/ and node_modules/ are always skipped.")
    List<String> excludes = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Parse and check on N threads (default: the number of processors, ${DEFAULT-VALUE} here).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    SourceEncoding encoding;

    @ArgGroup(exclusive = true)
    BaselineFiles baseline;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Keep what this scan derives from each file in FILE (written atomically) and reuse it next time: "
                    + "only changed files, and the files whose findings depend on what changed, are checked again. "
                    + "The report is the same as without it.")
    Path cache;

    @ArgGroup(exclusive = true)
    ReportedFiles reported;

    /** At most one way of naming the files to report on. */
    static final class ReportedFiles {

        @Option(names = "--changed-since", paramLabel = "REF",
                description = "Report only on the files changed since the git commit REF (git diff REF, plus untracked "
                        + "files), e.g. origin/main for a pull request; the whole tree is still read.")
        String gitRef;

        @Option(names = "--report-on", paramLabel = "FILE", split = ",",
                description = "Report only on these files (repeatable); the whole tree is still read.")
        List<Path> files;
    }

    @Option(names = "--option", paramLabel = "RULE.KEY=VALUE",
            description = "Set a rule option (repeatable); each rule's doc page lists its options.")
    Map<String, String> options = new LinkedHashMap<>();

    /** At most one of reading or writing a baseline. */
    static final class BaselineFiles {

        @Option(names = "--baseline", paramLabel = "FILE",
                description = "Hide the findings recorded in this baseline; only new findings are reported and fail the scan.")
        Path read;

        @Option(names = "--write-baseline", paramLabel = "FILE",
                description = "Record all current findings in FILE (atomically); they are accepted from then on, "
                        + "so this scan exits 0.")
        Path write;
    }

    @Override
    public Integer call() throws IOException {
        List<Path> targets = TargetPaths.existing(paths, spec.commandLine());
        RuleRegistry registry = RuleRegistry.load();
        validate();
        ScanRequest request = ScanRequest.of(targets)
                .withExcludes(excludes)
                .withJobs(jobs)
                .withRules(enabled, disabled)
                .withOptions(options)
                .withEncoding(encoding.charset);
        if (cache != null) {
            request = request.withCache(cache);
        }
        if (reported != null) {
            request = request.reportingOn(reported.gitRef != null
                    ? ChangedFiles.since(reported.gitRef, request.root(), spec.commandLine())
                    : ChangedFiles.relative(reported.files, request.root()));
        }
        ScanResult result = applyBaseline(scan(new Analyzer(registry), request));
        report(result);
        return failOn.isFailedBy(result) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void validate() {
        if (jobs < 1) {
            throw inputError("--jobs must be at least 1, was " + jobs);
        }
        if (baseline != null && baseline.read != null && !Files.isRegularFile(baseline.read)) {
            throw inputError("no such baseline file: " + baseline.read);
        }
    }

    private ScanResult scan(Analyzer analyzer, ScanRequest request) throws IOException {
        if (!parent.terminal().stderr()) {
            return analyzer.scan(request);
        }
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), System::nanoTime);
        try {
            return analyzer.scan(request, progress);
        } finally {
            progress.clear();
        }
    }

    private ScanResult applyBaseline(ScanResult result) throws IOException {
        if (baseline == null) {
            return result;
        }
        if (baseline.write != null) {
            Baseline accepted = Baseline.of(result.findings());
            accepted.write(baseline.write);
            return result.filteredBy(accepted);
        }
        return result.filteredBy(Baseline.read(baseline.read));
    }

    private void report(ScanResult result) throws IOException {
        Terminal terminal = parent.terminal();
        if (output == null) {
            format.reporter(terminal.colourOnStdout()).write(result, spec.commandLine().getOut());
        } else {
            format.reporter(false).writeTo(result, output);
        }
        if (format == ReportFormat.TEXT) {
            PrintWriter err = spec.commandLine().getErr();
            NoticeLines.print(result.notices(), err, terminal);
            err.flush();
        }
    }

    private InputError inputError(String message) {
        return new InputError(spec.commandLine(), message);
    }
}
