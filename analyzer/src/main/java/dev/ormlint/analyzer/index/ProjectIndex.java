package dev.ormlint.analyzer.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The project-wide facts built by the first pass: every type declared in the scanned sources
 * (supertypes, annotations, fields, methods), plus {@link LibraryFacts} for library types. Answers
 * "is this type a Spring Data repository?" or "is this class an {@code @Entity}?" across files.
 * Immutable once built, safe to share between threads; a view that records what one check reads
 * ({@link #recordingInto}) belongs to that check's thread.
 */
public final class ProjectIndex {

    private static final String OBJECT = "java.lang.Object";

    private final Map<String, TypeInfo> types;
    private final LibraryFacts library;
    /** Where this view records its lookups of declared types; null when it records nothing. */
    private final IndexReads reads;
    private final Map<String, List<TypeRef>> supertypeCache = new ConcurrentHashMap<>();
    /**
     * The index without a recording view: where the answers composed from many declarations and
     * bodies (summaries, callers, subtypes) are worked out once for every view. A view records the
     * question and its answer instead of the lookups behind it, so that a check depends on what it
     * was told, not on every body that went into it.
     */
    private final ProjectIndex shared;
    private final MethodSummaries summaries;
    private volatile Map<String, List<String>> declaredSubtypes;
    private final Map<CallTrigger.Flow, Map<String, Set<String>>> callerNames;
    private final Map<CallTrigger, Set<String>> callers;

    public ProjectIndex(Collection<TypeInfo> declared, LibraryFacts library) {
        this.types = declaredByName(declared);
        this.library = library;
        this.reads = null;
        this.shared = this;
        this.summaries = new MethodSummaries(this);
        this.callerNames = new ConcurrentHashMap<>();
        this.callers = new ConcurrentHashMap<>();
    }

    private ProjectIndex(ProjectIndex shared, IndexReads reads) {
        this.types = shared.types;
        this.library = shared.library;
        this.reads = reads;
        this.shared = shared;
        this.summaries = null;
        this.callerNames = null;
        this.callers = null;
    }

    /** The first declaration of each name wins, as in the order the scan lists its files. */
    private static Map<String, TypeInfo> declaredByName(Collection<TypeInfo> declared) {
        Map<String, TypeInfo> byName = new HashMap<>();
        declared.forEach(t -> byName.putIfAbsent(t.qualifiedName(), t));
        return Map.copyOf(byName);
    }

    /**
     * The same index, recording into {@code reads} every lookup of a declared type its queries make.
     * Its derived answers (supertypes) are cached for this view only, so that each lookup behind
     * them is recorded by the check that needs it.
     */
    public ProjectIndex recordingInto(IndexReads reads) {
        return new ProjectIndex(shared, reads);
    }

    public static ProjectIndex of(Collection<TypeInfo> declared) {
        return new ProjectIndex(declared, LibraryFacts.load());
    }

    public int size() {
        if (reads != null) {
            reads.everyType();
        }
        return types.size();
    }

    /** Every type declared in the scanned sources. */
    public Collection<TypeInfo> declaredTypes() {
        if (reads != null) {
            reads.everyType();
        }
        return types.values();
    }

    /** A type declared in the scanned sources, or described by the library facts. */
    public Optional<TypeInfo> type(String qualifiedName) {
        if (reads != null) {
            reads.declaration(qualifiedName);
        }
        TypeInfo declared = types.get(qualifiedName);
        return Optional.ofNullable(declared != null ? declared : library.type(qualifiedName));
    }

    public boolean isDeclaredInSources(String qualifiedName) {
        if (reads != null) {
            reads.existence(qualifiedName);
        }
        return types.containsKey(qualifiedName);
    }

    /**
     * Resolves a type name as written in a file with {@code scope}, inside the type
     * {@code enclosingType} (qualified, or null at top level): member types of the enclosing types,
     * single-type imports, the same package, on-demand imports, {@code java.lang}, and names that are
     * already qualified.
     */
    public Optional<String> resolveName(String written, ImportScope scope, String enclosingType) {
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        for (String outer = enclosingType; outer != null && !outer.equals(scope.packageName());
                outer = enclosingOf(outer)) {
            String candidate = outer + "." + first;
            if (isDeclaredInSources(candidate)) {
                return Optional.of(candidate + rest);
            }
        }
        String imported = scope.singleImports().get(first);
        if (imported != null) {
            return Optional.of(imported + rest);
        }
        String samePackage = scope.packageName().isEmpty() ? first : scope.packageName() + "." + first;
        if (isDeclaredInSources(samePackage)) {
            return Optional.of(samePackage + rest);
        }
        for (String pkg : scope.wildcardImports()) {
            String candidate = pkg + "." + first;
            if (isDeclaredInSources(candidate) || library.type(candidate) != null) {
                return Optional.of(candidate + rest);
            }
        }
        if (JavaLangTypes.contains(first)) {
            return Optional.of("java.lang." + written);
        }
        if (dot > 0 && Character.isLowerCase(first.charAt(0))) {
            return Optional.of(written);
        }
        if (scope.wildcardImports().size() == 1 && Character.isUpperCase(first.charAt(0))) {
            // One on-demand import and no other candidate: the name can only come from there.
            return Optional.of(scope.wildcardImports().get(0) + "." + written);
        }
        return Optional.empty();
    }

    /** Resolves every name in {@code written}; type variables listed in {@code typeVariables} stay as they are. */
    public TypeRef resolve(TypeRef written, ImportScope scope, String enclosingType, Collection<String> typeVariables) {
        List<TypeRef> args = written.typeArguments().stream()
                .map(a -> resolve(a, scope, enclosingType, typeVariables)).toList();
        if (written.resolved() || typeVariables.contains(written.name())) {
            return new TypeRef(written.name(), args, written.arrayLevel(), written.resolved());
        }
        return resolveName(written.name(), scope, enclosingType)
                .map(name -> new TypeRef(name, args, written.arrayLevel(), true))
                .orElse(new TypeRef(written.name(), args, written.arrayLevel(), false));
    }

    /** The direct supertypes of a type, resolved; type variables of the type appear unresolved by name. */
    public List<TypeRef> supertypes(String qualifiedName) {
        return supertypeCache.computeIfAbsent(qualifiedName, name -> type(name)
                .map(t -> t.supertypes().stream().map(s -> resolveIn(t, s)).toList())
                .orElse(List.of()));
    }

    /** Whether {@code qualifiedName} is {@code superName} or inherits from it, through sources and library facts. */
    public boolean isSubtype(String qualifiedName, String superName) {
        return asSuper(TypeRef.of(qualifiedName), superName).isPresent();
    }

    public boolean isSubtype(TypeRef type, String superName) {
        return type.resolved() && !type.isArray() && isSubtype(type.name(), superName);
    }

    /**
     * {@code type} viewed as its supertype {@code superName}, with type arguments carried through:
     * for {@code OrderRepository extends JpaRepository<Order, Long>} and {@code CrudRepository}, gives
     * {@code CrudRepository<Order, Long>}.
     */
    public Optional<TypeRef> asSuper(TypeRef type, String superName) {
        Queue<TypeRef> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(type);
        while (!queue.isEmpty()) {
            TypeRef current = queue.remove();
            if (current.name().equals(superName)) {
                return Optional.of(current);
            }
            if (!seen.add(current.name())) {
                continue;
            }
            Map<String, TypeRef> bindings = bindings(current);
            for (TypeRef s : supertypes(current.name())) {
                queue.add(substitute(s, bindings));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code written}, as seen from a file with {@code scope} inside {@code enclosingType},
     * names the type {@code qualifiedName}. Beyond {@link #resolveName}: a simple name that no
     * scanned or known type explains, while {@code qualifiedName}'s package is imported on demand,
     * can only come from there in code that compiles ({@code @Entity} under
     * {@code import javax.persistence.*; import java.util.*;}).
     */
    public boolean refersTo(String written, ImportScope scope, String enclosingType, String qualifiedName) {
        Optional<String> resolved = resolveName(written, scope, enclosingType);
        if (resolved.isPresent()) {
            return resolved.get().equals(qualifiedName);
        }
        int dot = qualifiedName.lastIndexOf('.');
        return dot > 0 && written.equals(qualifiedName.substring(dot + 1))
                && scope.wildcardImports().contains(qualifiedName.substring(0, dot));
    }

    /** Whether the type carries the annotation (qualified name), resolved through the type's imports. */
    public boolean hasAnnotation(String qualifiedName, String annotationName) {
        return type(qualifiedName).map(t -> t.annotations().stream()
                        .anyMatch(a -> refersTo(a, t.scope(), t.qualifiedName(), annotationName)))
                .orElse(false);
    }

    /**
     * What a call {@code name(..)} with {@code argumentCount} arguments on a receiver of static type
     * {@code receiver} does with the ORM, through the project's own methods: the summary of the method
     * Java picks when the sources give its body, else (an interface or abstract method) of the
     * receiver type's implementations in the sources. {@link MethodSummary#NONE} for a library method
     * or an unknown one. The one place rules, the rewriter and the compiler plugin ask.
     */
    public MethodSummary summary(TypeRef receiver, String name, int argumentCount) {
        if (!receiver.resolved() || receiver.isArray()) {
            return MethodSummary.NONE;
        }
        MethodSummary answer = shared.summaries.of(receiver, name, argumentCount);
        if (reads != null) {
            reads.summary(new IndexReads.SummaryLookup(receiver, name, argumentCount), answer);
        }
        return answer;
    }

    /**
     * Whether a method of the sources named {@code method} makes one of the trigger's calls as its
     * flow says, directly or through other methods of the sources (at most
     * {@value MethodSummaries#MAX_DEPTH} calls deep), by name alone (no types): a cheap test that
     * lets a rule ask for the {@link #summary} of calls so named only. Bodies the index pass left
     * out (see {@link DeclarationParsing}) call nothing here.
     */
    public boolean isCaller(CallTrigger trigger, String method) {
        boolean answer = callersOf(trigger).contains(method);
        if (reads != null) {
            reads.caller(new IndexReads.CallerLookup(trigger, method), answer);
        }
        return answer;
    }

    /** The names {@link #isCaller} says yes to; not recorded, for this package's tests. */
    Set<String> callersOf(CallTrigger trigger) {
        return shared.callers.computeIfAbsent(trigger, shared::findCallers);
    }

    /**
     * The names of the methods whose {@link #summary} or {@link #isCaller} answer may involve a body
     * of a method named in {@code methods}: those names and, by name, their callers up to
     * {@value MethodSummaries#MAX_DEPTH} calls away. What a cache asks after bodies changed. Not recorded.
     */
    public Set<String> dependingOnBodiesOf(Set<String> methods) {
        Set<String> names = new HashSet<>(methods);
        names.addAll(callersOf(new CallTrigger(methods, CallTrigger.Flow.ANY)));
        return names;
    }

    private Set<String> findCallers(CallTrigger trigger) {
        Set<String> reached = new HashSet<>();
        Set<String> level = trigger.methods();
        for (int depth = 0; depth < MethodSummaries.MAX_DEPTH && !level.isEmpty(); depth++) {
            Set<String> next = new HashSet<>();
            for (String callee : level) {
                for (String caller : callersByCallee(trigger.flow()).getOrDefault(callee, Set.of())) {
                    if (reached.add(caller)) {
                        next.add(caller);
                    }
                }
            }
            level = next;
        }
        return Set.copyOf(reached);
    }

    private Map<String, Set<String>> callersByCallee(CallTrigger.Flow flow) {
        return callerNames.computeIfAbsent(flow, f -> {
            Map<String, Set<String>> callers = new HashMap<>();
            for (TypeInfo type : types.values()) {
                for (List<MethodInfo> overloads : type.methods().values()) {
                    for (MethodInfo method : overloads) {
                        for (MethodBody.CallSite call : method.body().calls()) {
                            if (f.links(call)) {
                                callers.computeIfAbsent(call.method(), k -> new HashSet<>()).add(method.name());
                            }
                        }
                    }
                }
            }
            return callers;
        });
    }

    /** The classes and interfaces of the sources that inherit from {@code qualifiedName}, directly or not, by name. */
    public List<String> declaredSubtypes(String qualifiedName) {
        if (reads != null) {
            reads.everyType();
        }
        Map<String, List<String>> subtypes = shared.declaredSubtypes;
        if (subtypes == null) {
            subtypes = shared.subtypesOfDeclaredTypes();
            shared.declaredSubtypes = subtypes;
        }
        return subtypes.getOrDefault(qualifiedName, List.of());
    }

    private Map<String, List<String>> subtypesOfDeclaredTypes() {
        Map<String, List<String>> subtypes = new HashMap<>();
        types.keySet().stream().sorted().forEach(name -> hierarchy(TypeRef.of(name)).stream().skip(1)
                .forEach(s -> subtypes.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(name)));
        return subtypes;
    }

    /** The declared type of a field (or enum constant) of {@code owner} or of one of its supertypes. */
    public Optional<TypeRef> fieldType(TypeRef owner, String field) {
        for (TypeRef current : hierarchy(owner)) {
            Optional<TypeInfo> info = type(current.name());
            if (info.isPresent() && info.get().enumConstants().contains(field)) {
                return Optional.of(TypeRef.of(info.get().qualifiedName()));
            }
            if (info.isPresent() && info.get().fields().containsKey(field)) {
                TypeRef declared = resolveIn(info.get(), info.get().fields().get(field));
                return Optional.of(substitute(declared, bindings(current)));
            }
        }
        return Optional.empty();
    }

    /** The method named {@code name} that a call with {@code argumentCount} arguments of unknown types invokes. */
    public Optional<ResolvedMethod> findMethod(TypeRef receiver, String name, int argumentCount) {
        return findMethod(receiver, name, argumentCount, i -> Optional.empty());
    }

    /**
     * The method named {@code name} that a call on {@code receiver} with {@code argumentCount}
     * arguments invokes, as Java picks it: the nearest type in the hierarchy that declares an
     * overload taking that many arguments, fixed-arity overloads before variable-arity ones. When
     * several overloads fit and return different types, the static types of the arguments
     * ({@code argumentType}, asked only then; empty where unknown) must single one out, else the
     * answer is empty.
     */
    public Optional<ResolvedMethod> findMethod(TypeRef receiver, String name, int argumentCount,
                                               IntFunction<Optional<TypeRef>> argumentType) {
        List<TypeRef> types = hierarchy(receiver);
        Optional<ResolvedMethod> fixedArity = nearestFitting(types, name, argumentCount, argumentType,
                m -> !m.varArgs() && m.parameterTypes().size() == argumentCount);
        return fixedArity.isPresent() ? fixedArity
                : nearestFitting(types, name, argumentCount, argumentType, m -> m.varArgs() && m.accepts(argumentCount));
    }

    private Optional<ResolvedMethod> nearestFitting(List<TypeRef> types, String name, int argumentCount,
                                                    IntFunction<Optional<TypeRef>> argumentType, Predicate<MethodInfo> fits) {
        for (TypeRef current : types) {
            Optional<TypeInfo> info = type(current.name());
            if (info.isEmpty()) {
                continue;
            }
            Map<String, TypeRef> bindings = bindings(current);
            List<ResolvedMethod> candidates = info.get().methods().getOrDefault(name, List.of()).stream()
                    .filter(fits)
                    .map(m -> new ResolvedMethod(info.get(), m, substitute(resolveIn(info.get(), m.returnType()), bindings)))
                    .toList();
            if (!candidates.isEmpty()) {
                return mostSpecific(candidates, argumentCount, argumentType);
            }
        }
        return Optional.empty();
    }

    private Optional<ResolvedMethod> mostSpecific(List<ResolvedMethod> candidates, int argumentCount,
                                                  IntFunction<Optional<TypeRef>> argumentType) {
        if (candidates.stream().map(ResolvedMethod::returnType).distinct().count() == 1) {
            return Optional.of(candidates.get(0));
        }
        List<Optional<TypeRef>> arguments = IntStream.range(0, argumentCount).mapToObj(argumentType).toList();
        List<ResolvedMethod> provenToFit = candidates.stream().filter(c -> argumentsProvenToFit(c, arguments)).toList();
        return provenToFit.size() == 1 ? Optional.of(provenToFit.get(0)) : Optional.empty();
    }

    /** Whether every argument's known type is a subtype of its parameter's (unknown arguments fit anything). */
    private boolean argumentsProvenToFit(ResolvedMethod candidate, List<Optional<TypeRef>> arguments) {
        List<TypeRef> parameters = candidate.method().parameterTypes();
        for (int i = 0; i < arguments.size() && i < parameters.size(); i++) {
            TypeRef parameter = resolveIn(candidate.owner(), parameters.get(i));
            Optional<TypeRef> argument = arguments.get(i);
            if (argument.isPresent() && parameter.resolved() && !parameter.is(OBJECT)
                    && !isSubtype(argument.get(), parameter.name())) {
                return false;
            }
        }
        return true;
    }

    /** {@code type} followed by all its supertypes, breadth first, with type arguments carried through. */
    private List<TypeRef> hierarchy(TypeRef type) {
        List<TypeRef> out = new ArrayList<>();
        Queue<TypeRef> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(type);
        while (!queue.isEmpty()) {
            TypeRef current = queue.remove();
            if (!current.resolved() || !seen.add(current.name())) {
                continue;
            }
            out.add(current);
            Map<String, TypeRef> bindings = bindings(current);
            supertypes(current.name()).forEach(s -> queue.add(substitute(s, bindings)));
        }
        return out;
    }

    private TypeRef resolveIn(TypeInfo owner, TypeRef written) {
        return resolve(written, owner.scope(), owner.qualifiedName(), owner.typeParameters());
    }

    private Map<String, TypeRef> bindings(TypeRef type) {
        List<String> parameters = type(type.name()).map(TypeInfo::typeParameters).orElse(List.of());
        Map<String, TypeRef> bindings = new HashMap<>();
        for (int i = 0; i < parameters.size() && i < type.typeArguments().size(); i++) {
            bindings.put(parameters.get(i), type.typeArguments().get(i));
        }
        return bindings;
    }

    private static TypeRef substitute(TypeRef type, Map<String, TypeRef> bindings) {
        if (!type.resolved() && bindings.containsKey(type.name())) {
            TypeRef bound = bindings.get(type.name());
            return new TypeRef(bound.name(), bound.typeArguments(), bound.arrayLevel() + type.arrayLevel(), bound.resolved());
        }
        if (type.typeArguments().isEmpty()) {
            return type;
        }
        return new TypeRef(type.name(), type.typeArguments().stream().map(a -> substitute(a, bindings)).toList(),
                type.arrayLevel(), type.resolved());
    }

    private String enclosingOf(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? null : qualifiedName.substring(0, dot);
    }
}
