package dev.ormlint.analyzer.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one check read beyond its own file: the declared-type facts of the {@link ProjectIndex}
 * ({@link ProjectIndex#recordingInto}), that is the names whose declaration it read in full
 * (supertypes, annotations, members, anything of the {@link TypeInfo}), the names of which it only
 * asked whether the sources declare them (name resolution), and whether it walked every declared
 * type; and whether it read the project's configuration ({@link #recordingUseOf}). Every query of
 * the index comes down to these lookups, so a check whose reads all still have the same answer
 * would find the same things: that is what lets a cached check be reused. Library facts are not
 * recorded: they change only with ormlint itself. Answers composed from method bodies across the
 * project ({@link ProjectIndex#summary}, {@link ProjectIndex#isCaller}) are recorded as questions
 * with the answers given, not as the lookups behind them: a check depends on what it was told, so
 * an edited body that tells it the same leaves it valid. No rule reads {@link MethodInfo#body()}
 * itself, which is why a declaration read here means the declaration without its bodies. Filled
 * by the thread running the check.
 */
public final class IndexReads {

    private final Set<String> declarations = new HashSet<>();
    private final Set<String> existence = new HashSet<>();
    private final Map<SummaryLookup, MethodSummary> summaries = new HashMap<>();
    private final Map<CallerLookup, Boolean> callers = new HashMap<>();
    private boolean everyType;
    private volatile boolean configuration;

    /** A question to {@link ProjectIndex#summary}. */
    public record SummaryLookup(TypeRef receiver, String method, int argumentCount) {
    }

    /** A question to {@link ProjectIndex#isCaller}. */
    public record CallerLookup(CallTrigger trigger, String method) {
    }

    void declaration(String qualifiedName) {
        declarations.add(qualifiedName);
    }

    void existence(String qualifiedName) {
        existence.add(qualifiedName);
    }

    void everyType() {
        everyType = true;
    }

    void summary(SummaryLookup lookup, MethodSummary answer) {
        summaries.put(lookup, answer);
    }

    void caller(CallerLookup lookup, boolean answer) {
        callers.put(lookup, answer);
    }

    /** {@code configuration}, recording here when it is asked for. */
    public <T> Supplier<T> recordingUseOf(Supplier<T> configuration) {
        return () -> {
            this.configuration = true;
            return configuration.get();
        };
    }

    /** Whether the check asked for the project's configuration. */
    public boolean readsConfiguration() {
        return configuration;
    }

    /** Names whose whole declaration was read (or found missing). */
    public Set<String> declarations() {
        return declarations;
    }

    /** Names of which only "is it declared in the sources?" was asked. */
    public Set<String> existence() {
        return existence;
    }

    /** The summaries the check asked for, with the answers it got. */
    public Map<SummaryLookup, MethodSummary> summaries() {
        return summaries;
    }

    /** The {@link ProjectIndex#isCaller} questions the check asked, with the answers it got. */
    public Map<CallerLookup, Boolean> callers() {
        return callers;
    }

    /** Whether the check walked every declared type, so that any change to a declaration concerns it. */
    public boolean readsEveryType() {
        return everyType;
    }
}
