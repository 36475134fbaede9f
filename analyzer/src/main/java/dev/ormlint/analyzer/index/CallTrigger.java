package dev.ormlint.analyzer.index;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Library methods whose callers in the sources matter to a rule, and how a caller must use the call
 * to matter: pass one of its parameters to it ({@link Flow#ARGUMENT}: a DAO's {@code save(entity)}),
 * return its result ({@link Flow#RESULT}: a store's {@code getAll()}), or merely make it
 * ({@link Flow#ANY}: a helper that opens a connection).
 *
 * @param methods names of the library methods, e.g. {@code save}, {@code getResultList}
 * @param flow    what links a caller to the call
 */
public record CallTrigger(Set<String> methods, Flow flow) {

    public static final CallTrigger NONE = new CallTrigger(Set.of(), Flow.ANY);

    public CallTrigger {
        methods = Set.copyOf(methods);
    }

    public enum Flow {
        ARGUMENT(call -> !call.flows().isEmpty()),
        RESULT(MethodBody.CallSite::returned),
        ANY(call -> true);

        private final Predicate<MethodBody.CallSite> links;

        Flow(Predicate<MethodBody.CallSite> links) {
            this.links = links;
        }

        boolean links(MethodBody.CallSite call) {
            return links.test(call);
        }
    }
}
