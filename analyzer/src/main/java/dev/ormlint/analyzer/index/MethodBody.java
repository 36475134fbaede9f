package dev.ormlint.analyzer.index;

import java.util.List;
import java.util.Map;

/**
 * What the index pass records of a method's body for its {@link MethodSummary}: the calls it makes,
 * with receivers and types still as written, since the rest of the project is not known yet.
 *
 * @param parameterNames the method's parameter names, in order
 * @param locals         local variables declared with a type, name to type as written
 * @param calls          the calls in the body (lambdas included) whose receiver can be named
 * @param returns        how many {@code return} statements with a value other than {@code null} or an
 *                       empty collection the method has (not its lambdas'), 0 when it calls nothing
 */
public record MethodBody(List<String> parameterNames, Map<String, TypeRef> locals, List<CallSite> calls, int returns) {

    /** A method without a body, or whose body the index pass left out. */
    public static final MethodBody NONE = new MethodBody(List.of(), Map.of(), List.of(), 0);

    public MethodBody {
        parameterNames = List.copyOf(parameterNames);
        locals = Map.copyOf(locals);
        calls = List.copyOf(calls);
    }

    public boolean isKnown() {
        return this != NONE;
    }

    /**
     * One call, {@code getSession().save(entity)} or a reference {@code dao::save}.
     *
     * @param receiver      the path to the receiver: empty for an unqualified call; else a first
     *                      step naming a variable, field, type, {@code this} or {@code super} (or an
     *                      unqualified call), then calls and field reads
     * @param method        the called method's name
     * @param argumentCount its number of arguments (1 for a method reference handed to {@code forEach})
     * @param flows         argument index to the parameter of the enclosing method it carries
     * @param returned      whether the call's value is what the method returns
     */
    public record CallSite(List<Step> receiver, String method, int argumentCount, Map<Integer, ParameterFlow> flows,
                           boolean returned) {

        public CallSite {
            receiver = List.copyOf(receiver);
            flows = Map.copyOf(flows);
        }
    }

    /**
     * One step of a receiver path: a name ({@code argumentCount} -1) or a call.
     */
    public record Step(String name, int argumentCount) {

        public boolean isCall() {
            return argumentCount >= 0;
        }
    }

    /**
     * A parameter reaching an argument: the parameter itself, or (when {@code elements}) each element
     * of it ({@code for (T e : items) session.save(e)}).
     */
    public record ParameterFlow(int parameter, boolean elements) {
    }
}
