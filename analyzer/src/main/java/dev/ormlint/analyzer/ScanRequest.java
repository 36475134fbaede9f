package dev.ormlint.analyzer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to scan and how.
 *
 * @param paths    files or directories to scan
 * @param root     the directory findings' paths are relative to
 * @param excludes glob patterns matched against root-relative paths ({@code **}/generated/**)
 * @param jobs     worker threads for parsing and checking
 * @param enabled  rule ids to run (empty = all)
 * @param disabled rule ids not to run
 * @param options  rule options, keyed {@code RuleId.key}
 * @param encoding the Java sources' encoding, as javac's {@code -encoding} (configuration files are read as UTF-8)
 * @param cache    the cache file that makes a re-scan incremental, or empty to scan everything afresh
 * @param reportOn the only files (root-relative) whose findings and notices to report, the whole
 *                 tree still indexed; empty to report on every file
 */
public record ScanRequest(List<Path> paths, Path root, List<String> excludes, int jobs,
                          Set<String> enabled, Set<String> disabled, Map<String, String> options, Charset encoding,
                          Optional<Path> cache, Optional<Set<String>> reportOn) {

    /** A request without a cache, reporting on every file. */
    public ScanRequest(List<Path> paths, Path root, List<String> excludes, int jobs,
                       Set<String> enabled, Set<String> disabled, Map<String, String> options, Charset encoding) {
        this(paths, root, excludes, jobs, enabled, disabled, options, encoding, Optional.empty(), Optional.empty());
    }

    public ScanRequest {
        paths = List.copyOf(paths);
        excludes = List.copyOf(excludes);
        enabled = Set.copyOf(enabled);
        disabled = Set.copyOf(disabled);
        options = Map.copyOf(options);
        reportOn = reportOn.map(Set::copyOf);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("nothing to scan");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
        }
    }

    /** Scan {@code paths} with every rule, relative to their common directory, on all cores. */
    public static ScanRequest of(List<Path> paths) {
        return new ScanRequest(paths, commonRoot(paths), List.of(), Runtime.getRuntime().availableProcessors(),
                Set.of(), Set.of(), Map.of(), StandardCharsets.UTF_8);
    }

    public ScanRequest withRoot(Path newRoot) {
        return new ScanRequest(paths, newRoot, excludes, jobs, enabled, disabled, options, encoding, cache, reportOn);
    }

    public ScanRequest withExcludes(List<String> newExcludes) {
        return new ScanRequest(paths, root, newExcludes, jobs, enabled, disabled, options, encoding, cache, reportOn);
    }

    public ScanRequest withJobs(int newJobs) {
        return new ScanRequest(paths, root, excludes, newJobs, enabled, disabled, options, encoding, cache, reportOn);
    }

    public ScanRequest withRules(Set<String> newEnabled, Set<String> newDisabled) {
        return new ScanRequest(paths, root, excludes, jobs, newEnabled, newDisabled, options, encoding, cache, reportOn);
    }

    public ScanRequest withOptions(Map<String, String> newOptions) {
        return new ScanRequest(paths, root, excludes, jobs, enabled, disabled, newOptions, encoding, cache, reportOn);
    }

    public ScanRequest withEncoding(Charset newEncoding) {
        return new ScanRequest(paths, root, excludes, jobs, enabled, disabled, options, newEncoding, cache, reportOn);
    }

    /** The same request, remembering its results in {@code cacheFile} and reusing what is still valid there. */
    public ScanRequest withCache(Path cacheFile) {
        return new ScanRequest(paths, root, excludes, jobs, enabled, disabled, options, encoding, Optional.of(cacheFile),
                reportOn);
    }

    /**
     * The same request, reporting only on {@code files} (paths relative to the root, '/'-separated):
     * their findings and notices, found with the index of the whole tree.
     */
    public ScanRequest reportingOn(Collection<String> files) {
        return new ScanRequest(paths, root, excludes, jobs, enabled, disabled, options, encoding, cache,
                Optional.of(Set.copyOf(files)));
    }

    /** Whether findings and notices about {@code relativePath} are reported; notices about no file always are. */
    public boolean reports(String relativePath) {
        return relativePath.isEmpty() || reportOn.map(files -> files.contains(relativePath)).orElse(true);
    }

    /**
     * The directory a scan's paths are reported against: the single directory given, the parent of
     * a single file, or the deepest directory that contains all the paths.
     */
    public static Path commonRoot(List<Path> paths) {
        Path common = null;
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
            if (common == null) {
                common = dir;
            } else {
                while (!dir.startsWith(common)) {
                    common = common.getParent();
                }
            }
        }
        return common;
    }
}
