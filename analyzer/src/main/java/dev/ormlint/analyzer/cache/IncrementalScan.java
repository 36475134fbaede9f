package dev.ormlint.analyzer.cache;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceCheck;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.cache.CacheContents.CachedCheck;
import dev.ormlint.analyzer.cache.CacheContents.CachedFile;
import dev.ormlint.analyzer.cache.CacheContents.CachedProject;
import dev.ormlint.analyzer.cache.CacheContents.Reads;
import dev.ormlint.analyzer.engine.SourceReader;
import dev.ormlint.analyzer.index.IndexReads;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A scan with a cache file. The index pass reuses the types of every file whose text is unchanged;
 * once the index is built, {@link IndexChanges} tells which declared types differ from the index
 * the cache was written for; the rule pass then reuses the result of every unchanged file whose
 * check read none of them (and whose rule triggers are the same), and checks the others, recording
 * what they read. The project rules are reused when no configuration file changed and none of the
 * types they read did. The results are therefore those of a scan without a cache.
 */
public final class IncrementalScan implements ScanMemory {

    private final Path cacheFile;
    private final String engine;
    private final String settings;
    private final Map<String, CachedFile> previous;
    private final CacheContents before;
    /** Whether the rule pass's results in the cache were found with this scan's rules and options. */
    private final boolean checksReusable;

    private final Map<String, Indexed> indexed = new ConcurrentHashMap<>();
    private final Map<String, CachedCheck> checks = new ConcurrentHashMap<>();
    private SourceCheck sourceCheck;
    private IndexChanges changes;
    private boolean triggersChanged;
    private List<SourceFile> configurationFiles = List.of();
    private Map<String, String> configuration;
    private Map<String, FileStamp> configurationStamps = Map.of();
    private CachedProject project;
    private final AtomicBoolean reusedReadersOfConfiguration = new AtomicBoolean();
    /** Whether this scan derived anything the cache does not hold yet; if not, the file is left as it is. */
    private final AtomicBoolean derivedAnew = new AtomicBoolean();

    /** One file's index pass in this scan. */
    private record Indexed(String hash, FileStamp stamp, FileIndex index, boolean unchanged) {
    }

    private IncrementalScan(Path cacheFile, String engine, String settings, CacheContents before) {
        this.cacheFile = cacheFile;
        this.engine = engine;
        this.settings = settings;
        this.before = before;
        this.checksReusable = before.settings().equals(settings);
        Map<String, CachedFile> byPath = new HashMap<>();
        before.files().forEach(f -> byPath.put(f.path(), f));
        this.previous = byPath;
    }

    /**
     * Opens the cache at {@code cacheFile} for a scan running {@code rules} with {@code options};
     * a file that cannot be used is a notice and the scan starts from nothing.
     */
    public static IncrementalScan open(Path cacheFile, List<RuleDescriptor> rules, Map<String, String> options,
                                       Consumer<Notice> notices) {
        String engine = EngineVersion.of(rules);
        CacheContents before = CacheFile.read(cacheFile, engine, notices).orElse(CacheContents.empty());
        return new IncrementalScan(cacheFile, engine, settingsOf(rules, options), before);
    }

    /** The rules and options a rule pass's results depend on, as one string. */
    static String settingsOf(List<RuleDescriptor> rules, Map<String, String> options) {
        return rules.stream().map(RuleDescriptor::id).toList() + " " + new TreeMap<>(options);
    }

    @Override
    public FileIndex indexed(SourceFile file, Supplier<SourceReader.Read> read, Function<String, FileIndex> index) {
        CachedFile cached = previous.get(file.relativePath());
        Optional<FileStamp> stamp = FileStamp.of(file.absolutePath());
        if (cached != null && cached.index() != null && cached.stamp() != null
                && stamp.isPresent() && stamp.get().equals(cached.stamp())) {
            indexed.put(file.relativePath(), new Indexed(cached.hash(), cached.stamp(), cached.index(), true));
            return cached.index();
        }
        SourceReader.Read source = read.get();
        if (!source.ok()) {
            return FileIndex.unreadable(source.notice());
        }
        String hash = ContentHash.of(source.text());
        boolean unchanged = cached != null && cached.index() != null && cached.hash().equals(hash);
        FileIndex result = unchanged ? cached.index() : index.apply(source.text());
        FileStamp settled = stamp.filter(FileStamp::settled).orElse(null);
        if (!unchanged || !Objects.equals(settled, cached.stamp())) {
            derivedAnew.set(true);
        }
        indexed.put(file.relativePath(), new Indexed(hash, settled, result, unchanged));
        return result;
    }

    @Override
    public void indexBuilt(ProjectIndex index, SourceCheck check, List<SourceFile> configurationFiles) {
        this.sourceCheck = check;
        this.configurationFiles = configurationFiles;
        List<CachedFile> gone = before.files().stream()
                .filter(f -> !indexed.containsKey(f.path()) || !indexed.get(f.path()).unchanged())
                .toList();
        List<FileIndex> changed = indexed.values().stream().filter(i -> !i.unchanged()).map(Indexed::index).toList();
        this.changes = IndexChanges.between(before.files(), gone, changed, index);
        this.triggersChanged = !before.triggerTypeNames().equals(check.triggerTypeNames());
    }

    @Override
    public FileCheck checked(SourceFile file, Supplier<SourceReader.Read> read,
                             BiFunction<String, IndexReads, FileCheck> check) {
        Indexed state = indexed.get(file.relativePath());
        CachedFile cached = previous.get(file.relativePath());
        if (checksReusable && state != null && state.unchanged() && cached.check() != null
                && stillHolds(cached.check().reads()) && sameTriggers(cached.check(), read)) {
            checks.put(file.relativePath(), cached.check());
            if (cached.check().reads().configuration()) {
                reusedReadersOfConfiguration.set(true);
            }
            return cached.check().result();
        }
        SourceReader.Read source = read.get();
        if (!source.ok()) {
            return FileCheck.of(source.notice());
        }
        derivedAnew.set(true);
        IndexReads reads = new IndexReads();
        FileCheck result = check.apply(source.text(), reads);
        // A file edited between the two passes was indexed as it was then: its result is not kept.
        if (state != null && state.hash().equals(ContentHash.of(source.text()))) {
            checks.put(file.relativePath(),
                    new CachedCheck(sourceCheck.triggeredRules(source.text()), result, Reads.of(reads)));
        }
        return result;
    }

    /**
     * The cached check of a file this scan did not check (it reports on other files only), when it
     * still holds; null otherwise, so that the next scan checks the file.
     */
    private CachedCheck stillValidUnchecked(String path, Indexed state) {
        CachedFile cached = previous.get(path);
        boolean valid = checksReusable && state.unchanged() && !triggersChanged && cached.check() != null
                && stillHolds(cached.check().reads());
        return valid ? cached.check() : null;
    }

    private boolean sameTriggers(CachedCheck cached, Supplier<SourceReader.Read> read) {
        if (!triggersChanged) {
            return true;
        }
        SourceReader.Read source = read.get();
        return source.ok() && sourceCheck.triggeredRules(source.text()).equals(cached.triggered());
    }

    private boolean stillHolds(Reads reads) {
        return !changes.affect(reads) && !(reads.configuration() && configurationChanged());
    }

    @Override
    public ProjectCheck projectChecked(Function<IndexReads, ProjectCheck> check) {
        CachedProject cached = before.project();
        if (checksReusable && cached != null && stillHolds(cached.reads()) && !configurationChanged()) {
            project = cached;
            reusedReadersOfConfiguration.set(true);
            return cached.result();
        }
        derivedAnew.set(true);
        IndexReads reads = new IndexReads();
        ProjectCheck result = check.apply(reads);
        project = new CachedProject(result, Reads.of(reads));
        return result;
    }

    @Override
    public boolean reusedReadersOfConfiguration() {
        return reusedReadersOfConfiguration.get();
    }

    private boolean configurationChanged() {
        return !before.configuration().equals(configuration());
    }

    /**
     * Each configuration file's path and hash, in scan order, worked out once, when a result that
     * depends on the configuration is to be reused or kept; a file whose stamp is the one its cached
     * hash was taken with is not read again. A file that cannot be read stands for itself by the
     * kind of its notice, which the configuration reports.
     */
    private synchronized Map<String, String> configuration() {
        if (configuration == null) {
            SourceReader reader = new SourceReader();
            Map<String, String> hashes = new LinkedHashMap<>();
            Map<String, FileStamp> stamps = new HashMap<>();
            for (SourceFile file : configurationFiles) {
                String path = file.relativePath();
                Optional<FileStamp> stamp = FileStamp.of(file.absolutePath());
                FileStamp cachedStamp = before.configurationStamps().get(path);
                String cachedHash = before.configuration().get(path);
                if (cachedHash != null && stamp.isPresent() && stamp.get().equals(cachedStamp)) {
                    hashes.put(path, cachedHash);
                    stamps.put(path, cachedStamp);
                    continue;
                }
                SourceReader.Read read = reader.read(file);
                hashes.put(path, read.ok() ? ContentHash.of(read.text()) : "!" + read.notice().kind());
                stamp.filter(s -> read.ok() && s.settled()).ifPresent(s -> stamps.put(path, s));
            }
            configuration = hashes;
            configurationStamps = stamps;
        }
        return configuration;
    }

    @Override
    public void save(Consumer<Notice> notices) {
        boolean filesGone = before.files().stream().anyMatch(f -> !indexed.containsKey(f.path()));
        if (!derivedAnew.get() && !filesGone) {
            return;
        }
        List<CachedFile> files = new ArrayList<>();
        indexed.forEach((path, state) -> files.add(new CachedFile(path, state.hash(), state.stamp(), state.index(),
                checks.containsKey(path) ? checks.get(path) : stillValidUnchecked(path, state))));
        files.sort(Comparator.comparing(CachedFile::path));
        boolean dependOnConfiguration = project != null
                || checks.values().stream().anyMatch(c -> c.reads().configuration());
        CacheContents after = new CacheContents(CacheContents.MARKER, CacheContents.FORMAT, engine, settings,
                sourceCheck == null ? Map.of() : sourceCheck.triggerTypeNames(),
                dependOnConfiguration ? configuration() : Map.of(),
                dependOnConfiguration ? configurationStamps : Map.of(), files, project);
        try {
            CacheFile.write(cacheFile, after);
        } catch (IOException e) {
            notices.accept(new Notice("", Notice.Kind.CACHE, "cannot write the cache file " + cacheFile + ": "
                    + e.getMessage() + "; the next scan will read every file again"));
        }
    }
}
