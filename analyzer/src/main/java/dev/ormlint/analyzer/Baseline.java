package dev.ormlint.analyzer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Findings a team has accepted: a baseline hides them, so only new findings fail the build. Each
 * entry is matched by rule, file and {@link Fingerprints fingerprint} of its source line, as many
 * times as it was recorded.
 */
public final class Baseline {

    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One accepted finding. */
    public record Entry(String ruleId, String path, String fingerprint, String message) {
    }

    record Document(int version, List<Entry> findings) {
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Baseline of(Collection<Finding> findings) {
        return new Baseline(findings.stream()
                .sorted(Finding.ORDER)
                .map(f -> new Entry(f.ruleId(), f.path(), f.fingerprint(), f.message()))
                .toList());
    }

    /** @throws IOException when the file is missing, unreadable, or not a baseline this version of ormlint wrote */
    public static Baseline read(Path file) throws IOException {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = JSON.readValue(in, Document.class);
        } catch (NoSuchFileException e) {
            throw new IOException("baseline " + file + " does not exist", e);
        } catch (JsonProcessingException e) {
            throw invalid(file, e.getOriginalMessage(), e);
        }
        if (document == null) {
            throw invalid(file, "empty document", null);
        }
        if (document.version() != FORMAT_VERSION) {
            throw new IOException("baseline " + file + " has format version " + document.version()
                    + "; this ormlint reads version " + FORMAT_VERSION);
        }
        if (document.findings() == null) {
            throw invalid(file, "no \"findings\" list", null);
        }
        return new Baseline(document.findings());
    }

    private static IOException invalid(Path file, String reason, Exception cause) {
        return new IOException("baseline " + file + " is not a valid ormlint baseline: " + reason, cause);
    }

    /** Writes the baseline atomically: to a temporary file beside the target, then moved over it. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(new Document(FORMAT_VERSION, entries)));
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * Whether this baseline accepts findings in files of which not one exists under {@code root}.
     * Paths are relative to the scan root, so a baseline written by {@code ormlint scan .} accepts
     * nothing in {@code ormlint scan src}; silently, if nobody says so.
     */
    public boolean namesNoFileUnder(Path root) {
        Set<String> files = files();
        return !files.isEmpty() && files.stream().noneMatch(path -> Files.exists(root.resolve(path)));
    }

    /** The files the accepted findings are in, relative to the scan root they were recorded for. */
    public Set<String> files() {
        return entries.stream().map(Entry::path).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The findings this baseline does not account for. */
    public List<Finding> newFindings(List<Finding> findings) {
        Map<String, Integer> remaining = new HashMap<>();
        entries.forEach(e -> remaining.merge(key(e.ruleId(), e.path(), e.fingerprint()), 1, Integer::sum));
        List<Finding> fresh = new ArrayList<>();
        findings.stream().sorted(Comparator.comparing(Finding::path)).forEach(f -> {
            String key = key(f.ruleId(), f.path(), f.fingerprint());
            Integer left = remaining.get(key);
            if (left != null && left > 0) {
                remaining.put(key, left - 1);
            } else {
                fresh.add(f);
            }
        });
        fresh.sort(Finding.ORDER);
        return fresh;
    }

    private static String key(String ruleId, String path, String fingerprint) {
        return ruleId + '\0' + path + '\0' + fingerprint;
    }
}
