package dev.ormlint.analyzer.cache;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceCheck;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.engine.SourceReader;
import dev.ormlint.analyzer.index.IndexReads;
import dev.ormlint.analyzer.index.ProjectIndex;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a scan remembers from the scans before it: nothing ({@link #NONE}), or a cache file
 * ({@link IncrementalScan}) from which each pass takes what a file's unchanged text and unchanged
 * index facts allow, computing the rest. The engine asks it at each pass and never needs to know
 * which one it has. A check is given an {@link IndexReads} to record into when its result is to be
 * remembered, or null.
 */
public interface ScanMemory {

    /** Remembers nothing: every pass computes everything. */
    ScanMemory NONE = new ScanMemory() {
        @Override
        public FileIndex indexed(SourceFile file, Supplier<SourceReader.Read> read, Function<String, FileIndex> index) {
            SourceReader.Read source = read.get();
            return source.ok() ? index.apply(source.text()) : FileIndex.unreadable(source.notice());
        }

        @Override
        public void indexBuilt(ProjectIndex index, SourceCheck sourceCheck, List<SourceFile> configurationFiles) {
        }

        @Override
        public FileCheck checked(SourceFile file, Supplier<SourceReader.Read> read,
                                 BiFunction<String, IndexReads, FileCheck> check) {
            SourceReader.Read source = read.get();
            return source.ok() ? check.apply(source.text(), null) : FileCheck.of(source.notice());
        }

        @Override
        public ProjectCheck projectChecked(Function<IndexReads, ProjectCheck> check) {
            return check.apply(null);
        }

        @Override
        public boolean reusedReadersOfConfiguration() {
            return false;
        }

        @Override
        public void save(Consumer<Notice> notices) {
        }
    };

    /**
     * The index pass's result for {@code file}: remembered, or {@code index}'s over the text
     * {@code read} gives, or the notice of why it cannot be read.
     */
    FileIndex indexed(SourceFile file, Supplier<SourceReader.Read> read, Function<String, FileIndex> index);

    /**
     * The index of every file is built, and the rule pass's triggers with it; the project's
     * configuration is read from {@code configurationFiles} (every file but the Java sources).
     */
    void indexBuilt(ProjectIndex index, SourceCheck sourceCheck, List<SourceFile> configurationFiles);

    /** The rule pass's result for {@code file}: remembered, or {@code check}'s over the text {@code read} gives. */
    FileCheck checked(SourceFile file, Supplier<SourceReader.Read> read, BiFunction<String, IndexReads, FileCheck> check);

    /** The project rules' result: remembered, or {@code check}'s. */
    ProjectCheck projectChecked(Function<IndexReads, ProjectCheck> check);

    /**
     * Whether a remembered result came from a check that read the project's configuration: the
     * configuration's own notices (a file it cannot parse) are then due as if that check had run.
     */
    boolean reusedReadersOfConfiguration();

    /** Keeps this scan's results for the next one; a failure to is a notice, never an error of the scan. */
    void save(Consumer<Notice> notices);
}
