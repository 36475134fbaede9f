package dev.ormlint.analyzer.testing;

import dev.ormlint.analyzer.Analyzer;
import dev.ormlint.analyzer.ScanRequest;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.rule.Rule;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Runs a whole scan of a folder with the given rules, reporting paths relative to that folder. */
public final class Scans {

    private Scans() {
    }

    public static ScanResult scan(Path root, Rule... rules) {
        return scan(ScanRequest.of(List.of(root)).withRoot(root).withJobs(2), rules);
    }

    public static ScanResult scan(ScanRequest request, Rule... rules) {
        try {
            return new Analyzer(new RuleRegistry(List.of(rules))).scan(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
