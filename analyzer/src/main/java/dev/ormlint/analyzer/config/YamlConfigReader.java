package dev.ormlint.analyzer.config;

import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.SourceRange;
import dev.ormlint.analyzer.Notice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads YAML files into flat keys with lines, one {@link ConfigDocument} per {@code ---} document.
 * Only composes the node graph (marks give the lines): no object is ever constructed from a tag.
 * Scanned repositories are untrusted, so aliases to collections, document size and the number of
 * flattened settings are capped (a billion-laughs file becomes a notice, not an outage). An alias
 * inside the collection it names ({@code a: &a [*a]}, a {@code <<: *base} merge into {@code base}
 * itself) would make the settings infinite: the alias is left out with a notice, and the rest of
 * the file is read.
 */
public final class YamlConfigReader {

    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    static final int MAX_COLLECTION_ALIASES = 50;
    static final int MAX_ENTRIES = 20_000;
    static final int MAX_NESTING = 100;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("ormlint")
            .setAllowDuplicateKeys(true)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setUseMarks(true)
            .build();

    private final Consumer<Notice> notices;

    /** @param notices receives a notice for each alias cycle left out */
    public YamlConfigReader(Consumer<Notice> notices) {
        this.notices = notices;
    }

    public List<ConfigDocument> read(SourceFile file, String text) throws ConfigFormatException {
        List<ConfigDocument> documents = new ArrayList<>();
        try {
            checkNesting(text);
            for (Node root : new Compose(SETTINGS).composeAllFromString(text)) {
                List<ConfigEntry> entries = new ArrayList<>();
                flatten(file, "", root, root, entries, Collections.newSetFromMap(new IdentityHashMap<>()));
                documents.addAll(ConfigDocuments.of(file, entries));
            }
        } catch (YamlEngineException e) {
            throw new ConfigFormatException(describe(e), e);
        }
        return documents;
    }

    /**
     * The composer builds nodes recursively and would overflow the stack on a file nested
     * thousands of levels deep; the parser's event stream is flat, so depth is measured there first.
     */
    private static void checkNesting(String text) throws ConfigFormatException {
        int depth = 0;
        for (Event event : new Parse(SETTINGS).parseString(text)) {
            Event.ID id = event.getEventId();
            if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                if (++depth > MAX_NESTING) {
                    int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
                    throw new ConfigFormatException("line " + line + ": nested more than " + MAX_NESTING
                            + " levels deep, not read");
                }
            } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                depth--;
            }
        }
    }

    /**
     * {@code anchor} is the node whose position the settings below it report (the key, for a mapping
     * value); {@code open} holds the collections being flattened around {@code node}, by identity.
     */
    private void flatten(SourceFile file, String prefix, Node node, Node anchor, List<ConfigEntry> entries,
                         Set<Node> open) throws ConfigFormatException {
        if (entries.size() > MAX_ENTRIES) {
            throw new ConfigFormatException("more than " + MAX_ENTRIES + " settings, not read");
        }
        if ((node instanceof MappingNode || node instanceof SequenceNode) && !open.add(node)) {
            notices.accept(new Notice(file.relativePath(), Notice.Kind.PARSE_ERROR, "line " + rangeOf(anchor, node).startLine()
                    + ": " + (prefix.isEmpty() ? "the document" : "'" + prefix + "'")
                    + " is an alias of a collection that contains it (an alias cycle); left out, the rest is read"));
            return;
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String name = key.getValue();
                    flatten(file, prefix.isEmpty() ? name : prefix + "." + name, tuple.getValueNode(), key, entries, open);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                flatten(file, prefix + "[" + i + "]", items.get(i), items.get(i), entries, open);
            }
        } else if (node instanceof ScalarNode scalar && !prefix.isEmpty()) {
            entries.add(new ConfigEntry(prefix, scalar.getValue(), file, rangeOf(anchor, scalar)));
        }
        open.remove(node);
    }

    private static SourceRange rangeOf(Node anchor, Node value) {
        Optional<Mark> start = anchor.getStartMark();
        if (start.isEmpty()) {
            return SourceRange.line(1, 1, 1);
        }
        int line = start.get().getLine() + 1;
        int column = start.get().getColumn() + 1;
        int endColumn = value.getEndMark()
                .filter(end -> end.getLine() + 1 == line)
                .map(Mark::getColumn)
                .orElse(column);
        return SourceRange.line(line, column, Math.max(column, endColumn));
    }

    private static String describe(YamlEngineException e) {
        if (e instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
            return "line " + (marked.getProblemMark().get().getLine() + 1) + ": " + marked.getProblem();
        }
        return e.getMessage() == null ? "malformed YAML" : e.getMessage().lines().findFirst().orElse("").strip();
    }
}
