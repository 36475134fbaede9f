package dev.ormlint.maven;

import dev.ormlint.analyzer.Analyzer;
import dev.ormlint.analyzer.Baseline;
import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.ScanRequest;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.report.JsonReporter;
import dev.ormlint.analyzer.report.Reporter;
import dev.ormlint.analyzer.report.SarifReporter;
import dev.ormlint.analyzer.report.TextReporter;
import dev.ormlint.analyzer.report.ToolInfo;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans the module's sources and persistence configuration, writes the SARIF report and fails the
 * build when more than {@code maxAllowedViolations} findings are at {@code failOnSeverity} or worse.
 * Each module of a reactor is checked on its own; modules with {@code pom} packaging have no
 * sources and are skipped.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends ModuleMojo {

    /** Fail the build on violations; when false they are only logged. */
    @Parameter(property = "ormlint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The least severe finding that counts as a violation: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "ormlint.failOnSeverity", defaultValue = "warning")
    private String failOnSeverity;

    /** How many violations the build tolerates before it fails. */
    @Parameter(property = "ormlint.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Run only these rules (all when empty). */
    @Parameter(property = "ormlint.enableRules")
    private List<String> enableRules = new ArrayList<>();

    /** Do not run these rules. */
    @Parameter(property = "ormlint.disableRules")
    private List<String> disableRules = new ArrayList<>();

    /** Findings recorded in this baseline file are accepted: only new findings count. */
    @Parameter(property = "ormlint.baseline")
    private File baseline;

    /**
     * Record every current finding in this baseline file (atomically) instead of judging them: they
     * are accepted from then on, by pointing {@code baseline} at the file. The build does not fail.
     */
    @Parameter(property = "ormlint.writeBaseline")
    private File writeBaseline;

    /** Where the SARIF 2.1.0 report is written. */
    @Parameter(property = "ormlint.sarifFile", defaultValue = "${project.build.directory}/ormlint/ormlint.sarif")
    private File sarifFile;

    /** Where the JSON report is written; none when unset. */
    @Parameter(property = "ormlint.jsonFile")
    private File jsonFile;

    /**
     * Where the scan keeps what it derived from each file, so that the next build re-checks only the
     * changed files and those whose findings depend on what changed (the report is the same as
     * without it). Under the build directory, so {@code mvn clean} removes it.
     */
    @Parameter(property = "ormlint.cacheFile", defaultValue = "${project.build.directory}/ormlint/scan-cache.bin")
    private File cacheFile;

    /** Whether to keep and reuse {@code cacheFile}; {@code false} scans every file afresh. */
    @Parameter(property = "ormlint.useCache", defaultValue = "true")
    private boolean useCache;

    @Override
    protected void executeOnModule() throws MojoExecutionException, MojoFailureException {
        ViolationPolicy policy = policy();
        Path basedir = project.getBasedir().toPath();
        List<Path> roots = ModuleSources.of(project, includeTests);
        if (roots.isEmpty()) {
            getLog().info("ormlint: no source directories to check");
            return;
        }
        if (baseline != null && writeBaseline != null) {
            throw new MojoExecutionException("ormlint: baseline and writeBaseline cannot be used together");
        }
        ScanResult scanned = scan(basedir, roots);
        if (writeBaseline != null) {
            recordBaseline(scanned, basedir);
            return;
        }
        ScanResult result = applyBaseline(scanned);
        writeReports(result);
        result.notices().forEach(notice -> getLog().warn(BuildLogLines.notice(notice)));
        judge(result, policy);
    }

    private ViolationPolicy policy() throws MojoExecutionException {
        try {
            return new ViolationPolicy(Severity.parse(failOnSeverity), maxAllowedViolations);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("ormlint: " + e.getMessage(), e);
        }
    }

    private ScanResult scan(Path basedir, List<Path> roots) throws MojoExecutionException {
        ScanRequest request = new ScanRequest(roots, basedir, excludes, Runtime.getRuntime().availableProcessors(),
                Set.copyOf(enableRules), Set.copyOf(disableRules), Map.of(), sourceEncoding());
        try {
            return new Analyzer(RuleRegistry.load()).scan(useCache ? request.withCache(cacheFile.toPath()) : request);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("ormlint: " + e.getMessage() + " (check enableRules and disableRules)", e);
        } catch (IOException e) {
            throw new MojoExecutionException("ormlint: cannot scan " + basedir + ": " + e.getMessage(), e);
        }
    }

    private void recordBaseline(ScanResult result, Path basedir) throws MojoExecutionException {
        try {
            Baseline.of(result.findings()).write(writeBaseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("ormlint: cannot write the baseline " + writeBaseline + ": " + e.getMessage(), e);
        }
        getLog().info("ormlint: " + result.findings().size() + " finding(s) recorded in "
                + BuildLogLines.shown(basedir, writeBaseline.toPath()) + "; point baseline at it to accept them");
    }

    private ScanResult applyBaseline(ScanResult result) throws MojoExecutionException {
        if (baseline == null) {
            return result;
        }
        if (!baseline.isFile()) {
            throw new MojoExecutionException("ormlint: baseline file " + baseline + " does not exist");
        }
        try {
            return result.filteredBy(Baseline.read(baseline.toPath()));
        } catch (IOException e) {
            throw new MojoExecutionException("ormlint: cannot read the baseline: " + e.getMessage(), e);
        }
    }

    private void writeReports(ScanResult result) throws MojoExecutionException {
        ToolInfo tool = ToolInfo.current();
        write(result, new SarifReporter(tool), sarifFile);
        if (jsonFile != null) {
            write(result, new JsonReporter(tool), jsonFile);
        }
    }

    private static void write(ScanResult result, Reporter reporter, File file)
            throws MojoExecutionException {
        try {
            reporter.writeTo(result, file.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("ormlint: cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }

    private void judge(ScanResult result, ViolationPolicy policy) throws MojoFailureException {
        List<Finding> violations = policy.violations(result.findings());
        boolean failing = failOnViolation && policy.isExceededBy(violations);
        for (Finding finding : violations) {
            if (failing) {
                getLog().error(BuildLogLines.finding(finding));
            } else {
                getLog().warn(BuildLogLines.finding(finding));
            }
        }
        String sarif = BuildLogLines.shown(project.getBasedir().toPath(), sarifFile.toPath());
        getLog().info("ormlint: " + new TextReporter(false).summaryLine(result) + "; SARIF report: " + sarif);
        if (failing) {
            throw new MojoFailureException("ormlint: " + violations.size() + (violations.size() == 1 ? " finding" : " findings")
                    + " at " + policy.threshold().label() + " or worse, " + policy.maxAllowed() + " allowed; see the log above or "
                    + sarif);
        }
    }
}
