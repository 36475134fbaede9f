package dev.ormlint.analyzer.index;

import dev.ormlint.analyzer.index.MethodBody.CallSite;
import dev.ormlint.analyzer.index.MethodBody.ParameterFlow;
import dev.ormlint.analyzer.index.MethodBody.Step;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.OrmCalls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Computes {@link MethodSummary}s from the {@link MethodBody} facts of the index, composed through
 * calls to the project's own methods (an interface's or abstract method's summary is its project
 * implementations'), at most {@value #MAX_DEPTH} calls deep. Summaries are worked out on first
 * request and kept; one computed across a call cycle or at the depth limit is not kept, so that an
 * answer never depends on which method was asked first.
 */
final class MethodSummaries {

    static final int MAX_DEPTH = 6;
    /** Methods visited for one request at most: a bound on the work for code with many call cycles. */
    private static final int BUDGET = 2_000;
    private static final int MAX_IMPLEMENTATIONS = 16;

    private static final List<MethodMatcher> PERSISTS = OrmCalls.SAVES;
    private static final List<MethodMatcher> UPDATES = OrmCalls.UPDATES;
    private static final List<MethodMatcher> OPENS = Stream.concat(OrmCalls.NEW_CONNECTIONS.stream(),
            OrmCalls.NEW_SESSIONS.stream()).toList();
    private static final List<MethodMatcher> ROWS = List.of(
            MethodMatcher.instanceMethod("org.hibernate.query.Query#list|getResultList|stream|getResultStream()"),
            MethodMatcher.instanceMethod("org.hibernate.Query#list()"),
            MethodMatcher.instanceMethod("org.hibernate.Criteria#list()"),
            MethodMatcher.instanceMethod("jakarta.persistence.Query#getResultList|getResultStream()"),
            MethodMatcher.instanceMethod("javax.persistence.Query#getResultList|getResultStream()"),
            MethodMatcher.instanceMethod("org.springframework.data.repository.CrudRepository#findAll|findAllById(..)"),
            MethodMatcher.instanceMethod("org.springframework.data.repository.PagingAndSortingRepository#findAll(..)"));
    private static final String SPRING_DATA_REPOSITORY = "org.springframework.data.repository.Repository";
    /** A Spring Data repository's methods that save their one argument. */
    private static final Set<String> SAVES = Set.of("save", "saveAndFlush");
    private static final Set<String> FINDER_PREFIXES = Set.of("findAll", "findBy", "findDistinct", "readBy", "getBy", "streamBy", "streamAll");

    /** Words of a body that can contribute to a summary; other bodies contribute only by being short delegations. */
    private static final List<String> BODY_WORDS = List.of("save", "persist", "merge", "Connection", "openSession",
            "openStatelessSession", "createEntityManager", "list()", "getResultList", "getResultStream", "find",
            "stream()", "update(");
    /** A body this short ({@code { return store.getAll(); }}) is a delegation: cheap to keep, and a link in chains. */
    private static final int SHORT_BODY = 160;

    private final ProjectIndex index;
    private final Map<MethodInfo, MethodSummary> kept = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<CallShape, MethodSummary> answers = new ConcurrentHashMap<>();

    MethodSummaries(ProjectIndex index) {
        this.index = index;
    }

    /** Whether the index pass should keep a body (braces included) for its summary. */
    static boolean mayContribute(CharSequence body) {
        String text = body.toString();
        if (body.length() <= SHORT_BODY) {
            // A getter or setter calls nothing and links nothing.
            return text.indexOf('(') >= 0;
        }
        return BODY_WORDS.stream().anyMatch(text::contains);
    }

    /**
     * The summary of what a call {@code name(..)} with {@code argumentCount} arguments on {@code receiver}
     * runs. Kept per call shape: worked out from the top each time, the answer is the same whatever was
     * asked before.
     */
    MethodSummary of(TypeRef receiver, String name, int argumentCount) {
        CallShape shape = new CallShape(receiver, name, argumentCount);
        MethodSummary answered = answers.get(shape);
        if (answered != null) {
            return answered;
        }
        Request request = new Request();
        Accumulator all = new Accumulator();
        List<Target> targets = targets(receiver, name, argumentCount);
        for (Target target : targets) {
            all.addAll(summarize(target, 0, request), List.of(target.label()));
        }
        MethodSummary summary = targets.isEmpty()
                ? throughRepository(receiver, name, argumentCount).orElse(MethodSummary.NONE) : all.summary();
        answers.putIfAbsent(shape, summary);
        return summary;
    }

    private record CallShape(TypeRef receiver, String name, int argumentCount) {
    }

    /** A method with a body that a call may run, and the type that declares it. */
    private record Target(TypeInfo owner, MethodInfo method) {
        String label() {
            return owner.simpleName() + "." + method.name();
        }
    }

    /** The work of one request: the methods on the current call path, and the budget left. */
    private static final class Request {
        private final Set<MethodInfo> path = Collections.newSetFromMap(new IdentityHashMap<>());
        private int budget = BUDGET;
    }

    /** A summary, and whether it is complete (no cycle or limit cut it short). */
    private record Computed(MethodSummary summary, boolean complete) {
    }

    private Computed summarize(Target target, int depth, Request request) {
        MethodSummary known = kept.get(target.method());
        if (known != null) {
            return new Computed(known, true);
        }
        if (depth >= MAX_DEPTH || request.budget-- <= 0 || !request.path.add(target.method())) {
            return new Computed(MethodSummary.NONE, false);
        }
        boolean complete = true;
        Accumulator out = new Accumulator();
        try {
            for (CallSite call : target.method().body().calls()) {
                complete &= summarizeCall(target, call, depth, request, out);
            }
        } finally {
            request.path.remove(target.method());
        }
        out.rowsOnlyIfEveryReturnGivesThem(target.method().body().returns());
        MethodSummary summary = out.summary();
        if (complete) {
            kept.put(target.method(), summary);
        }
        return new Computed(summary, complete);
    }

    /** Adds what one call contributes; returns whether that contribution is complete. */
    private boolean summarizeCall(Target caller, CallSite call, int depth, Request request, Accumulator out) {
        Optional<Receiver> receiver = receiverOf(caller, call.receiver());
        if (receiver.isEmpty()) {
            return true;
        }
        if (receiver.get().isStatic()) {
            String type = receiver.get().type().name();
            if (OPENS.stream().anyMatch(m -> m.matchesStatic(type, call.method(), call.argumentCount()))) {
                out.opens(List.of(receiver.get().type().simpleName() + "." + call.method()));
            }
            return true;
        }
        TypeRef type = receiver.get().type();
        List<String> library = List.of(type.simpleName() + "." + call.method());
        boolean persists = anyMatches(PERSISTS, type, call);
        boolean updates = anyMatches(UPDATES, type, call);
        if (persists || updates) {
            ParameterFlow saved = call.flows().get(call.argumentCount() - 1);
            if (saved != null && persists) {
                out.persists(saved.parameter(), library);
            }
            if (saved != null && updates) {
                out.updates(saved.parameter(), library);
            }
            return true;
        }
        if (anyMatches(OPENS, type, call)) {
            out.opens(library);
            return true;
        }
        if (anyMatches(ROWS, type, call) || isRepositoryFinder(type, call.method())) {
            if (call.returned()) {
                out.returnsRows(library, call);
            }
            return true;
        }
        boolean complete = true;
        List<Target> targets = targets(type, call.method(), call.argumentCount());
        if (targets.isEmpty()) {
            throughRepository(type, call.method(), call.argumentCount()).ifPresent(s -> addCallee(call, s, List.of(), out));
        }
        for (Target target : targets) {
            Computed callee = summarize(target, depth + 1, request);
            complete &= callee.complete();
            addCallee(call, callee.summary(), List.of(target.label()), out);
        }
        return complete;
    }

    /** What a call contributes of its callee's summary, reached {@code via} those methods. */
    private static void addCallee(CallSite call, MethodSummary summary, List<String> via, Accumulator out) {
        call.flows().forEach((argument, flow) -> {
            summary.persistsParameter(argument).ifPresent(chain -> out.persists(flow.parameter(), concat(via, chain)));
            summary.updatesParameter(argument).ifPresent(chain -> out.updates(flow.parameter(), concat(via, chain)));
        });
        if (summary.opensConnection()) {
            out.opens(concat(via, summary.opens()));
        }
        if (call.returned() && summary.returnsQueryRows()) {
            out.returnsRows(concat(via, summary.returnsRows()), call);
        }
    }

    /**
     * A call on a DAO interface of the sources that a Spring Data repository interface of the sources
     * extends (syncope's {@code UserDAO}, extended by {@code UserRepo}): with no body to read, its
     * finders are the repository's derived queries and its {@code save} the repository's.
     */
    private Optional<MethodSummary> throughRepository(TypeRef receiver, String name, int argumentCount) {
        if (!index.isDeclaredInSources(receiver.name())) {
            return Optional.empty();
        }
        Optional<String> repository = index.declaredSubtypes(receiver.name()).stream()
                .filter(s -> index.isSubtype(s, SPRING_DATA_REPOSITORY)).findFirst();
        if (repository.isEmpty()) {
            return Optional.empty();
        }
        List<String> chain = List.of(repository.get().substring(repository.get().lastIndexOf('.') + 1) + "." + name);
        if (FINDER_PREFIXES.stream().anyMatch(name::startsWith)) {
            return Optional.of(new MethodSummary(Map.of(), Map.of(), List.of(), chain));
        }
        if (SAVES.contains(name) && argumentCount == 1) {
            return Optional.of(new MethodSummary(Map.of(0, chain), Map.of(0, chain), List.of(), List.of()));
        }
        return Optional.empty();
    }

    private boolean anyMatches(List<MethodMatcher> matchers, TypeRef receiver, CallSite call) {
        return matchers.stream().anyMatch(m -> m.matches(receiver, call.method(), call.argumentCount(), index));
    }

    /** A derived query of a Spring Data repository ({@code findByStatus}) returns rows. */
    private boolean isRepositoryFinder(TypeRef receiver, String method) {
        return FINDER_PREFIXES.stream().anyMatch(method::startsWith)
                && index.isSubtype(receiver, SPRING_DATA_REPOSITORY);
    }

    /**
     * The methods with a body that a call on {@code receiver} may run: the one Java picks when it has
     * a body in the sources, else (an interface's or abstract method) each project class's that
     * implements the receiver's type.
     */
    private List<Target> targets(TypeRef receiver, String name, int argumentCount) {
        Optional<ResolvedMethod> found = index.findMethod(receiver, name, argumentCount);
        if (found.isEmpty()) {
            return List.of();
        }
        if (hasBody(found.get())) {
            return List.of(new Target(found.get().owner(), found.get().method()));
        }
        if (!index.isDeclaredInSources(receiver.name())) {
            return List.of();
        }
        List<Target> targets = new ArrayList<>();
        for (String implementation : index.declaredSubtypes(receiver.name())) {
            index.findMethod(TypeRef.of(implementation), name, argumentCount)
                    .filter(this::hasBody)
                    .map(m -> new Target(m.owner(), m.method()))
                    .filter(t -> targets.stream().noneMatch(other -> other.method() == t.method()))
                    .ifPresent(targets::add);
            if (targets.size() >= MAX_IMPLEMENTATIONS) {
                break;
            }
        }
        return targets;
    }

    private boolean hasBody(ResolvedMethod method) {
        return method.method().body().isKnown() && index.isDeclaredInSources(method.owner().qualifiedName());
    }

    /** A receiver's static type; {@code isStatic} when the path names a type, for a static call. */
    private record Receiver(TypeRef type, boolean isStatic) {
    }

    private Optional<Receiver> receiverOf(Target caller, List<Step> path) {
        TypeInfo owner = caller.owner();
        TypeRef self = TypeRef.of(owner.qualifiedName());
        if (path.isEmpty()) {
            return Optional.of(new Receiver(self, false));
        }
        Step first = path.get(0);
        Optional<TypeRef> current;
        if (first.isCall()) {
            current = index.findMethod(self, first.name(), first.argumentCount()).map(ResolvedMethod::returnType);
        } else {
            Optional<TypeRef> variable = variableType(caller, first.name());
            if (variable.isEmpty() && Character.isUpperCase(first.name().charAt(0))) {
                // A type name: a static call on it, or the first of a chain (HibernateUtil.getSessionFactory()).
                Optional<TypeRef> type = index.resolveName(first.name(), owner.scope(), owner.qualifiedName())
                        .map(TypeRef::of);
                if (path.size() == 1) {
                    return type.map(t -> new Receiver(t, true));
                }
                variable = type;
            }
            current = variable;
        }
        for (Step step : path.subList(1, path.size())) {
            if (current.isEmpty()) {
                return Optional.empty();
            }
            TypeRef on = current.get();
            current = step.isCall()
                    ? index.findMethod(on, step.name(), step.argumentCount()).map(ResolvedMethod::returnType)
                    : index.fieldType(on, step.name());
        }
        return current.filter(TypeRef::resolved).map(type -> new Receiver(type, false));
    }

    /** The type of {@code this}, {@code super}, a local, a parameter or a field, seen from the caller's body. */
    private Optional<TypeRef> variableType(Target caller, String name) {
        TypeInfo owner = caller.owner();
        MethodInfo method = caller.method();
        if (name.equals("this")) {
            return Optional.of(TypeRef.of(owner.qualifiedName()));
        }
        if (name.equals("super")) {
            return owner.kind() == TypeInfo.Kind.CLASS ? index.supertypes(owner.qualifiedName()).stream().findFirst()
                    : Optional.empty();
        }
        TypeRef local = method.body().locals().get(name);
        int parameter = method.body().parameterNames().indexOf(name);
        TypeRef written = local != null ? local
                : parameter >= 0 && parameter < method.parameterTypes().size() ? method.parameterTypes().get(parameter)
                : null;
        if (written != null) {
            return Optional.of(index.resolve(written, owner.scope(), owner.qualifiedName(), owner.typeParameters()));
        }
        return index.fieldType(TypeRef.of(owner.qualifiedName()), name);
    }

    /** The chain {@code first} then {@code rest}; a method calling its own overload appears once. */
    private static List<String> concat(List<String> first, List<String> rest) {
        List<String> out = new ArrayList<>(first);
        for (String step : rest) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(step)) {
                out.add(step);
            }
        }
        return out;
    }

    /** Collects the facts of a summary, the first chain found for each. */
    private static final class Accumulator {
        private final Map<Integer, List<String>> persists = new LinkedHashMap<>();
        private final Map<Integer, List<String>> updates = new LinkedHashMap<>();
        private List<String> opens = List.of();
        private List<String> rows = List.of();
        private final Set<CallSite> rowReturns = Collections.newSetFromMap(new IdentityHashMap<>());

        void persists(int parameter, List<String> chain) {
            persists.putIfAbsent(parameter, chain);
        }

        void updates(int parameter, List<String> chain) {
            updates.putIfAbsent(parameter, chain);
        }

        void opens(List<String> chain) {
            if (opens.isEmpty()) {
                opens = chain;
            }
        }

        void returnsRows(List<String> chain) {
            if (rows.isEmpty()) {
                rows = chain;
            }
        }

        /** Rows that the method returns at {@code site}, one of its {@code return} statements. */
        void returnsRows(List<String> chain, CallSite site) {
            returnsRows(chain);
            rowReturns.add(site);
        }

        /** A method returns query rows only when each of its returns does: not {@code all ? query.list() : given}. */
        void rowsOnlyIfEveryReturnGivesThem(int returns) {
            if (rowReturns.size() < returns) {
                rows = List.of();
            }
        }

        void addAll(Computed computed, List<String> via) {
            MethodSummary summary = computed.summary();
            summary.persists().forEach((p, chain) -> persists(p, concat(via, chain)));
            summary.updates().forEach((p, chain) -> updates(p, concat(via, chain)));
            if (summary.opensConnection()) {
                opens(concat(via, summary.opens()));
            }
            if (summary.returnsQueryRows()) {
                returnsRows(concat(via, summary.returnsRows()));
            }
        }

        MethodSummary summary() {
            return new MethodSummary(new HashMap<>(persists), new HashMap<>(updates), opens, rows);
        }
    }
}
