package dev.ormlint.analyzer;

import dev.ormlint.analyzer.config.ProjectConfig;
import dev.ormlint.analyzer.engine.FileDiscovery;
import dev.ormlint.analyzer.engine.Parallel;
import dev.ormlint.analyzer.engine.PythonScan;
import dev.ormlint.analyzer.engine.RuleOptions;
import dev.ormlint.analyzer.engine.SourceReader;
import dev.ormlint.analyzer.index.DeclarationParsing;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.SourceIndexing;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.ProjectContext;
import dev.ormlint.analyzer.python.PythonParsing;
import dev.ormlint.analyzer.rule.ProjectRule;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The engine. A scan discovers files, builds the {@link ProjectIndex} from the declarations of
 * every Java file (first pass, {@link DeclarationParsing}: a quarter of a full parse), then fully
 * parses only the files whose text mentions something a rule reacts to and runs the rules on them
 * (second pass), then runs the project rules over configuration files. A syntax error inside a
 * method body is therefore reported only for files that some rule reads. Both
 * passes run on {@code jobs} threads and keep no syntax tree beyond the file being checked, so
 * memory grows with the index, not with the code base.
 */
public final class Analyzer {

    /** Called as files are done; {@code total} counts both passes. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    private static final Comparator<Notice> NOTICE_ORDER = Comparator.comparing(Notice::path)
            .thenComparing(Notice::kind).thenComparing(Notice::message);

    private final RuleRegistry registry;

    public Analyzer(RuleRegistry registry) {
        this.registry = registry;
    }

    public RuleRegistry registry() {
        return registry;
    }

    public ScanResult scan(ScanRequest request) throws IOException {
        return scan(request, Progress.NONE);
    }

    /**
     * @throws IOException              when a scanned path does not exist or cannot be walked
     * @throws IllegalArgumentException when the request names an unknown rule
     */
    public ScanResult scan(ScanRequest request, Progress progress) throws IOException {
        long start = System.nanoTime();
        List<RuleDescriptor> rules = registry.select(request.enabled(), request.disabled());
        registry.checkOptions(request.options());
        List<RuleDescriptor> javaRules = rules.stream().filter(r -> r.has(JavaRule.class)).toList();
        List<RuleDescriptor> projectRules = rules.stream().filter(r -> r.has(ProjectRule.class)).toList();
        List<RuleDescriptor> pythonRules = rules.stream().filter(r -> r.has(PythonRule.class)).toList();
        RuleOptions options = new RuleOptions(request.options());

        FileDiscovery.Result discovered = new FileDiscovery(request.root(), request.excludes()).discover(request.paths());
        List<Notice> notices = Collections.synchronizedList(new ArrayList<>(discovered.notices()));
        List<SourceFile> javaFiles = discovered.files().stream().filter(f -> f.kind() == SourceFile.Kind.JAVA).toList();
        List<SourceFile> configFiles = discovered.files().stream().filter(f -> f.kind() == SourceFile.Kind.CONFIG).toList();
        List<SourceFile> pythonFiles = discovered.files().stream().filter(f -> f.kind() == SourceFile.Kind.PYTHON).toList();
        Supplier<ProjectConfig> configuration = readOnFirstUse(discovered.files().stream()
                .filter(f -> f.kind() == SourceFile.Kind.CONFIG || f.kind() == SourceFile.Kind.PROPERTY_RESOURCE)
                .toList(), notices);
        SourceReader reader = new SourceReader(request.encoding());
        AtomicInteger done = new AtomicInteger();

        ForkJoinPool pool = new ForkJoinPool(request.jobs());
        try {
            List<IndexedFile> indexed = Parallel.map(pool, javaFiles, file -> {
                IndexedFile result = index(file, reader, notices);
                progress.update(done.incrementAndGet(), javaFiles.size() * 2);
                return result;
            });
            ProjectIndex index = ProjectIndex.of(indexed.stream().flatMap(f -> f.types().stream()).toList());
            SourceCheck sourceCheck = new SourceCheck(javaRules, index, options, configuration);
            List<SourceFile> toCheck = indexed.stream().filter(IndexedFile::indexed).map(IndexedFile::file).toList();
            done.set(javaFiles.size() * 2 - toCheck.size());
            List<List<Finding>> perFile = Parallel.map(pool, toCheck, file -> {
                List<Finding> found = check(file, reader, sourceCheck, notices);
                progress.update(done.incrementAndGet(), javaFiles.size() * 2);
                return found;
            });
            List<Finding> findings = new ArrayList<>();
            perFile.forEach(findings::addAll);
            findings.addAll(runProjectRules(projectRules, configFiles, configuration, index, options, notices));
            findings.addAll(new PythonScan(PythonParsing.shared(), reader, options)
                    .run(pool, pythonFiles, pythonRules, notices::add));
            findings.sort(Finding.ORDER);
            List<Notice> sortedNotices = new ArrayList<>(notices);
            sortedNotices.sort(NOTICE_ORDER);
            return new ScanResult(request.root().toAbsolutePath().normalize(), rules, findings, sortedNotices,
                    discovered.files().size(), 0, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdown();
        }
    }

    /** A check of in-memory sources against {@code index}, for front ends that see one compilation unit at a time. */
    public SourceCheck sourceCheck(ProjectIndex index) {
        return new SourceCheck(registry.all().stream().filter(r -> r.has(JavaRule.class)).toList(), index,
                new RuleOptions(Map.of()), ProjectConfig::none);
    }

    /** One Java file after the index pass: its types, and whether it could be read and indexed. */
    private record IndexedFile(SourceFile file, List<TypeInfo> types, boolean indexed) {
    }

    private static IndexedFile index(SourceFile file, SourceReader reader, List<Notice> notices) {
        SourceReader.Read read = reader.read(file);
        if (!read.ok()) {
            notices.add(read.notice());
            return new IndexedFile(file, List.of(), false);
        }
        return SourceIndexing.typesOf(file.relativePath(), read.text(), notices::add)
                .map(types -> new IndexedFile(file, types, true))
                .orElseGet(() -> new IndexedFile(file, List.of(), false));
    }

    private static List<Finding> check(SourceFile file, SourceReader reader, SourceCheck sourceCheck,
                                       List<Notice> notices) {
        SourceReader.Read read = reader.read(file);
        if (!read.ok()) {
            notices.add(read.notice());
            return List.of();
        }
        // A parse error here is inside a body: the declarations parsed in the index pass.
        return sourceCheck.check(file.relativePath(), read.text(), notices::add);
    }

    /**
     * The project's configuration, read when a rule first asks for it (a Java rule on any of the
     * scan's threads, or a project rule), so that scans no rule reads configuration for never parse
     * configuration files; then shared.
     */
    private static Supplier<ProjectConfig> readOnFirstUse(List<SourceFile> files, List<Notice> notices) {
        AtomicReference<ProjectConfig> read = new AtomicReference<>();
        return () -> {
            synchronized (read) {
                if (read.get() == null) {
                    read.set(ProjectConfig.read(files, notices::add));
                }
                return read.get();
            }
        };
    }

    private static List<Finding> runProjectRules(List<RuleDescriptor> rules, List<SourceFile> configFiles,
                                                 Supplier<ProjectConfig> configuration, ProjectIndex index,
                                                 RuleOptions options, List<Notice> notices) {
        List<Finding> findings = new ArrayList<>();
        for (RuleDescriptor descriptor : rules) {
            ProjectContext context = new ProjectRuleContext(descriptor, configFiles, configuration, index, options,
                    findings, notices);
            try {
                descriptor.implementation(ProjectRule.class).orElseThrow().check(context);
            } catch (RuntimeException | StackOverflowError e) {
                notices.add(new Notice("", Notice.Kind.INTERNAL_ERROR,
                        "rule " + descriptor.id() + " failed and was skipped: " + e));
            }
        }
        return findings;
    }
}
