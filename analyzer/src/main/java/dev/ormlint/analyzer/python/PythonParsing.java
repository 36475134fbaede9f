package dev.ormlint.analyzer.python;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSSymbolType;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * Parses Python source with tree-sitter into a {@link PyTree}. The traps of the binding are handled
 * here, once: the parser is always handed UTF-8 bytes (never a Java string, never UTF-16), a leading
 * byte-order mark is dropped (it would shift every offset), byte offsets become string indexes, and
 * the native tree is copied into Java nodes and closed before this returns, so native memory does not
 * grow with the number of files parsed.
 */
public final class PythonParsing {

    private static final int MAX_CHUNK = 1024 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** A parse: the tree, or why there is none (the native parser is unavailable on this machine). */
    public record Parsed(PyTree tree, String problem) {
        public boolean ok() {
            return tree != null;
        }
    }

    private final PythonGrammar grammar;
    private final String[] symbolNames;
    private final boolean[] namedSymbols;
    private final String[] fieldNames;

    public PythonParsing(PythonGrammar grammar) {
        this.grammar = grammar;
        TSLanguage language = grammar.language().orElse(null);
        int symbols = language == null ? 0 : language.symbolCount();
        this.symbolNames = new String[symbols];
        this.namedSymbols = new boolean[symbols];
        for (int i = 0; i < symbols; i++) {
            symbolNames[i] = language.symbolName(i).intern();
            namedSymbols[i] = language.symbolType(i) == TSSymbolType.TSSymbolTypeRegular;
        }
        int fields = language == null ? 0 : language.fieldCount();
        this.fieldNames = new String[fields + 1];
        for (int i = 1; i <= fields; i++) {
            fieldNames[i] = language.fieldNameForId(i).intern();
        }
    }

    /** A parser over the grammar of this process. */
    public static PythonParsing shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final PythonParsing INSTANCE = new PythonParsing(PythonGrammar.shared());
    }

    public boolean available() {
        return grammar.available();
    }

    /** Why this parser cannot run here; empty string when it can. */
    public String unavailableReason() {
        return grammar.unavailableReason().orElse("");
    }

    /** Parses {@code source}; thread-safe (each call has its own native parser). */
    public Parsed parse(String source) {
        if (!grammar.available()) {
            return new Parsed(null, grammar.unavailableReason().orElseThrow());
        }
        String text = !source.isEmpty() && source.charAt(0) == BYTE_ORDER_MARK ? source.substring(1) : source;
        SourceOffsets offsets = new SourceOffsets(text);
        byte[] utf8 = offsets.utf8();
        PyTree tree = new PyTree(offsets);
        try (TSParser parser = new TSParser()) {
            parser.setLanguage(grammar.language().orElseThrow());
            // The binding copies the whole buffer across JNI on every read: one the size of the file is cheapest.
            TSTree parsed = parser.parse(new byte[Math.max(1, Math.min(utf8.length, MAX_CHUNK))], null,
                    (buffer, offset, position) -> {
                int length = Math.max(0, Math.min(buffer.length, utf8.length - offset));
                System.arraycopy(utf8, offset, buffer, 0, length);
                return length;
            }, TSInputEncoding.TSInputEncodingUTF8);
            try (parsed) {
                copy(parsed.getRootNode(), tree, offsets);
            }
        }
        return new Parsed(tree, null);
    }

    /** Copies the native tree into Java nodes with one cursor walk, iteratively (no recursion on deep nesting). */
    private void copy(TSNode root, PyTree tree, SourceOffsets offsets) {
        boolean hasErrors = root.hasError();
        List<PyNode> errors = new ArrayList<>();
        try (TSTreeCursor cursor = new TSTreeCursor(root)) {
            PyNode module = node(cursor, tree, null, offsets, hasErrors, errors);
            PyNode current = module;
            int size = 1;
            while (true) {
                size++;
                if (cursor.gotoFirstChild()) {
                    PyNode child = node(cursor, tree, current, offsets, hasErrors, errors);
                    current.addChild(child);
                    current = child;
                    continue;
                }
                while (!cursor.gotoNextSibling()) {
                    if (!cursor.gotoParent()) {
                        tree.complete(module, errors, size - 1);
                        return;
                    }
                    current = current.parent().orElseThrow();
                }
                PyNode parent = current.parent().orElseThrow();
                PyNode sibling = node(cursor, tree, parent, offsets, hasErrors, errors);
                parent.addChild(sibling);
                current = sibling;
            }
        }
    }

    /**
     * A node's start byte. Each call into the binding costs more than the parse spends on a node (it
     * looks its classes and fields up again every time), and the copy reads every node's start: the
     * binding's {@code TSNode} holds it in its first context field, as tree-sitter's own
     * {@code ts_node_start_byte} reads it, so it is read from there (a quarter of the copy's time),
     * and through the binding's call where that field cannot be read.
     */
    private static final class NodeStart {
        private static final VarHandle CONTEXT0 = context0();

        static int of(TSNode node) {
            return CONTEXT0 != null ? (int) CONTEXT0.get(node) : node.getStartByte();
        }

        private static VarHandle context0() {
            try {
                return MethodHandles.privateLookupIn(TSNode.class, MethodHandles.lookup())
                        .findVarHandle(TSNode.class, "context0", int.class);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    }

    private PyNode node(TSTreeCursor cursor, PyTree tree, PyNode parent, SourceOffsets offsets, boolean hasErrors,
                        List<PyNode> errors) {
        TSNode ts = cursor.currentNode();
        int symbol = ts.getSymbol();
        boolean missing = hasErrors && ts.isMissing();
        String type = symbol < symbolNames.length ? symbolNames[symbol] : ts.getType();
        boolean named = symbol < namedSymbols.length ? namedSymbols[symbol] : ts.isNamed();
        int fieldId = cursor.currentFieldId();
        String field = fieldId > 0 && fieldId < fieldNames.length ? fieldNames[fieldId] : null;
        PyNode node = new PyNode(tree, parent, type, field, named, missing,
                offsets.indexOfByte(NodeStart.of(ts)), offsets.indexOfByte(ts.getEndByte()));
        if (hasErrors && (missing || "ERROR".equals(type))) {
            errors.add(node);
        }
        return node;
    }
}
