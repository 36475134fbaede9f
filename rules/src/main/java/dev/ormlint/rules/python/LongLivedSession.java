package dev.ormlint.rules.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One session used across an unbounded worker loop in which the objects it handles accumulate: added
 * and never flushed or committed in the loop (pending objects are held strongly), or kept referenced
 * by a collection that outlives the iteration. Committed objects nothing refers to leave the weak
 * identity map on their own: that loop is not reported.
 */
@RuleInfo(
        summary = "One session kept across an unbounded worker loop in which its objects accumulate",
        severity = Severity.WARNING,
        tags = {"sqlalchemy", "memory"})
public final class LongLivedSession implements PythonRule {

    private static final Set<String> SAVES = Set.of("add", "add_all", "merge");
    private static final Set<String> FLUSHES = Set.of("flush", "commit");
    private static final Set<String> RELEASES = Set.of("expunge_all", "expunge", "close");
    private static final Set<String> KEEPS = Set.of("append", "add", "extend", "insert", "setdefault");
    /** What a loop over messages iterates, by the name of its iterable or the method giving it. */
    private static final Pattern MESSAGE_SOURCE = Pattern.compile(
            "(?i).*(consum|stream|queue|subscri|listen|poll|messages|receive|inbox|feed).*");
    private static final Set<String> COLLECTIONS = Set.of("list", "tuple", "set", "dictionary", "list_comprehension");

    @Override
    public Set<String> nodeTypes() {
        return Set.of("for_statement", "while_statement");
    }

    @Override
    public void visit(PyNode loop, PythonContext context) {
        if (!isWorkerLoop(loop)) {
            return;
        }
        PythonTypes types = context.types();
        List<PyNode> saves = Loops.bodyNodes(loop, n -> Calls.isMethodCall(n, SAVES)
                && Calls.receiver(n).filter(r -> Sessions.isSession(r, types)).isPresent());
        Set<String> sessions = new LinkedHashSet<>();
        saves.forEach(save -> sessions.add(Calls.receiver(save).orElseThrow().text()));
        for (String session : sessions) {
            if (boundIn(loop, session) || Loops.callsOn(loop, session, RELEASES)) {
                continue;
            }
            Optional<String> keeper = keeper(loop, session, saves);
            if (keeper.isPresent()) {
                report(loop, session, ", and the loop keeps a reference to each object in " + keeper.get()
                        + ", which outlives the iteration: the objects and their session state are never freed", context);
                return;
            }
            if (!Loops.callsOn(loop, session, FLUSHES)) {
                report(loop, session, " and keeps every object it adds: nothing in the loop flushes or commits it,"
                        + " so pending objects pile up for as long as the worker runs", context);
                return;
            }
        }
    }

    private static void report(PyNode loop, String session, String why, PythonContext context) {
        context.report(loop, session + " is used across this unbounded loop" + why,
                "Use one session per message or batch (with SessionLocal() as session, session.begin(): inside the"
                        + " loop), or commit and call " + session + ".expunge_all() after each batch");
    }

    /** {@code while True:} with no way out, or a loop over a consumer, stream or queue. */
    private static boolean isWorkerLoop(PyNode loop) {
        if (Loops.canEnd(loop)) {
            return false;
        }
        if (loop.is("while_statement")) {
            return loop.child("condition").filter(c -> c.is("true") || (c.is("integer") && c.text().equals("1")))
                    .isPresent();
        }
        Optional<PyNode> iterable = Loops.iterable(loop).map(Calls::unwrapped);
        if (iterable.isEmpty() || COLLECTIONS.contains(iterable.get().type())) {
            return false;
        }
        if (Loops.isAsync(loop)) {
            return true;
        }
        Optional<String> name = iterable.get().is("identifier") ? Optional.of(iterable.get().text())
                : Calls.method(iterable.get());
        return name.filter(n -> MESSAGE_SOURCE.matcher(n).matches()).isPresent();
    }

    /** Whether {@code name} is (re)bound inside the loop: a new session per iteration. */
    private static boolean boundIn(PyNode loop, String name) {
        return !Loops.bodyNodes(loop, n -> (n.is("assignment") && n.child("left").filter(l -> l.text().equals(name)).isPresent())
                || (n.is("as_pattern_target") && n.text().equals(name))).isEmpty();
    }

    /** A collection made before the loop that keeps an object the loop adds to {@code session}. */
    private static Optional<String> keeper(PyNode loop, String session, List<PyNode> saves) {
        Set<String> added = new LinkedHashSet<>();
        for (PyNode save : saves) {
            if (Calls.receiver(save).orElseThrow().text().equals(session)) {
                Calls.firstArgument(save).filter(a -> a.is("identifier")).ifPresent(a -> added.add(a.text()));
            }
        }
        List<PyNode> keeps = Loops.bodyNodes(loop, n -> keptObject(n).filter(added::contains).isPresent());
        for (PyNode keep : keeps) {
            Optional<PyNode> collection = collection(keep);
            if (collection.isPresent() && !collection.get().text().equals(session) && madeBefore(collection.get(), loop)
                    && !Loops.callsOn(loop, collection.get().text(), Set.of("clear")) && !boundIn(loop, collection.get().text())) {
                return Optional.of(collection.get().text());
            }
        }
        return Optional.empty();
    }

    /** The object {@code node} stores: {@code x} in {@code seen.append(x)} or {@code cache[k] = x}. */
    private static Optional<String> keptObject(PyNode node) {
        if (Calls.isMethodCall(node, KEEPS)) {
            List<PyNode> arguments = Calls.positional(node);
            return arguments.isEmpty() ? Optional.empty() : Optional.of(arguments.get(arguments.size() - 1).text());
        }
        if (node.is("assignment") && node.child("left").filter(l -> l.is("subscript")).isPresent()) {
            return node.child("right").map(PyNode::text);
        }
        return Optional.empty();
    }

    private static Optional<PyNode> collection(PyNode keep) {
        Optional<PyNode> target = keep.is("call") ? Calls.receiver(keep)
                : keep.child("left").flatMap(l -> l.child("value"));
        return target.filter(t -> t.is("identifier"));
    }

    /** A local collection assigned before the loop starts (and so outliving each iteration). */
    private static boolean madeBefore(PyNode collection, PyNode loop) {
        return LocalValues.of(collection).filter(values -> !values.isEmpty()
                && values.stream().allMatch(v -> v.endIndex() <= loop.startIndex())).isPresent();
    }
}
