package dev.ormlint.analyzer.cache;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ormlint.analyzer.index.IndexReads;
import dev.ormlint.analyzer.index.IndexReads.CallerLookup;
import dev.ormlint.analyzer.index.IndexReads.SummaryLookup;
import dev.ormlint.analyzer.index.MethodSummary;
import dev.ormlint.analyzer.index.ProjectIndex;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A cache file's content: per source file what the passes derived from it, valid together for the
 * project index of the scan that wrote it. Written and read with Jackson ({@link CacheFile}); the
 * fields that say who wrote it come first, so that a cache of another build is recognised without
 * reading it all.
 *
 * @param cache            {@link #MARKER}: tells an ormlint cache from any other Smile document
 * @param format           the layout of this record, {@link #FORMAT}
 * @param engine           the ormlint build that wrote it ({@link EngineVersion}); results of another are not reused
 * @param settings         the rules and options the rule pass ran with ({@link IncrementalScan#settingsOf})
 * @param triggerTypeNames per rule, the project type names that trigger it (they depend on the whole index)
 * @param configuration    each configuration file's path and {@link ContentHash} (every file but the
 *                         Java sources), when a result kept here read the configuration; else empty
 * @param configurationStamps the {@link FileStamp} each of those hashes was taken with, for the files
 *                         that had settled then: an unchanged stamp spares reading the file again
 * @param files            every Java file indexed, by path
 * @param project          the project rules' pass, or null when it did not run
 */
@JsonPropertyOrder({"cache", "format", "engine"})
record CacheContents(String cache, int format, String engine, String settings,
                     Map<String, Set<String>> triggerTypeNames, Map<String, String> configuration,
                     Map<String, FileStamp> configurationStamps, List<CachedFile> files, CachedProject project) {

    static final String MARKER = "ormlint scan cache";
    static final int FORMAT = 2;

    static CacheContents empty() {
        return new CacheContents(MARKER, FORMAT, "", "", Map.of(), Map.of(), Map.of(), List.of(), null);
    }

    /**
     * One Java file.
     *
     * @param path  relative to the scan root
     * @param hash  {@link ContentHash} of the text both passes read
     * @param stamp the file's stamp when that text was read, null when it was changing then
     * @param index what the index pass derived
     * @param check what the rule pass derived, null when it did not run on this text with these settings
     */
    record CachedFile(String path, String hash, FileStamp stamp, FileIndex index, CachedCheck check) {
    }

    /**
     * One file's rule pass.
     *
     * @param triggered the rules its text triggered, in registry order
     * @param result    its findings and notices
     * @param reads     the index facts the check read
     */
    record CachedCheck(List<String> triggered, FileCheck result, Reads reads) {
    }

    /**
     * The project rules' pass; it depends on the configuration whether or not it reads it.
     *
     * @param result the findings and notices
     * @param reads  the index facts the rules read
     */
    record CachedProject(ProjectCheck result, Reads reads) {
    }

    /** {@link IndexReads} as stored; a summary's answer by its {@link SummaryRead#fingerprint}. */
    record Reads(Set<String> declarations, Set<String> existence, List<SummaryRead> summaries,
                 List<CallerRead> callers, boolean everyType, boolean configuration) {

        static Reads of(IndexReads reads) {
            List<SummaryRead> summaries = reads.summaries().entrySet().stream()
                    .map(e -> new SummaryRead(e.getKey(), SummaryRead.fingerprint(e.getValue()))).toList();
            List<CallerRead> callers = reads.callers().entrySet().stream()
                    .map(e -> new CallerRead(e.getKey(), e.getValue())).toList();
            return new Reads(Set.copyOf(reads.declarations()), Set.copyOf(reads.existence()), summaries, callers,
                    reads.readsEveryType(), reads.readsConfiguration());
        }
    }

    /** A {@link ProjectIndex#summary} question and the {@link #fingerprint} of the answer it got. */
    record SummaryRead(SummaryLookup lookup, long answer) {

        /** The answer in a form that is the same for equal summaries in any run (map order aside). */
        static long fingerprint(MethodSummary summary) {
            return ContentHash.shortOf(new TreeMap<>(summary.persists()) + " " + summary.opens() + " "
                    + summary.returnsRows());
        }
    }

    /** A {@link ProjectIndex#isCaller} question and its answer. */
    record CallerRead(CallerLookup lookup, boolean answer) {
    }
}
