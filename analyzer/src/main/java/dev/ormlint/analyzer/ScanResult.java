package dev.ormlint.analyzer;

import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a scan found.
 *
 * @param root         the directory findings' paths are relative to
 * @param rules        the rules that ran
 * @param findings     findings in path, line, column order
 * @param notices      files the scan could not fully read or parse, and a baseline that matches nothing
 * @param filesScanned number of files examined, those that only produced a notice included
 * @param suppressedByBaseline findings hidden because the baseline accepts them
 * @param elapsed      wall time of the scan
 */
public record ScanResult(Path root, List<RuleDescriptor> rules, List<Finding> findings, List<Notice> notices,
                         int filesScanned, int suppressedByBaseline, Duration elapsed) {

    public ScanResult {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at {@code threshold} or worse. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }

    /**
     * The same result with the findings {@code baseline} accepts removed, and a notice when the
     * baseline names no file under this root (recorded for another root, it accepts nothing).
     */
    public ScanResult filteredBy(Baseline baseline) {
        List<Finding> kept = baseline.newFindings(findings);
        List<Notice> withBaseline = new ArrayList<>(notices);
        if (baseline.namesNoFileUnder(root)) {
            withBaseline.add(new Notice("", Notice.Kind.BASELINE_MISMATCH, "the baseline names "
                    + baseline.files().size() + " file(s) and none exists under " + root + ": its paths are relative to the directory it was"
                    + " recorded for, so scan that directory or record the baseline again"));
        }
        return new ScanResult(root, rules, kept, withBaseline, filesScanned,
                suppressedByBaseline + findings.size() - kept.size(), elapsed);
    }
}
