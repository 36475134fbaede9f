package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a legacy query lives: the calls that build it and the statements that hold them.
 * {@code terminal} is the call that runs it: {@code list()}, {@code uniqueResult()}, or a project
 * helper given the Criteria ({@code list(criteria)}); {@code finisher} says how it runs.
 */
sealed interface QuerySite {

    MethodCallExpr creation();

    MethodCallExpr terminal();

    Finisher finisher();

    /** Every call on the criteria between its creation and its terminal, in source order. */
    default List<MethodCallExpr> calls() {
        return chains().stream().flatMap(List::stream).toList();
    }

    /** The calls grouped by the expression chaining them, in source order. */
    List<List<MethodCallExpr>> chains();

    /** One expression from {@code createCriteria} to {@code list()}, inside {@code statement}. */
    record Fluent(MethodCallExpr creation, Statement statement, List<MethodCallExpr> calls, MethodCallExpr terminal,
                  Finisher finisher) implements QuerySite {
        public Fluent {
            calls = List.copyOf(calls);
        }

        @Override
        public List<List<MethodCallExpr>> chains() {
            return List.of(calls);
        }
    }

    /**
     * A criteria held in a local variable: declared (maybe with calls chained on the creation),
     * changed by statements (maybe under {@code if}s or in loops), run once by {@code terminal}.
     */
    record Variable(MethodCallExpr creation, ExpressionStmt declaration, String name, List<MethodCallExpr> initializerCalls,
                    List<StepStatement> statements, Statement terminalStatement, List<MethodCallExpr> terminalCalls,
                    MethodCallExpr terminal, Finisher finisher) implements QuerySite {
        public Variable {
            initializerCalls = List.copyOf(initializerCalls);
            statements = List.copyOf(statements);
            terminalCalls = List.copyOf(terminalCalls);
        }

        @Override
        public List<List<MethodCallExpr>> chains() {
            List<List<MethodCallExpr>> all = new ArrayList<>();
            all.add(initializerCalls);
            statements.forEach(s -> all.add(s.calls()));
            all.add(terminalCalls);
            return all;
        }

        boolean conditional(MethodCallExpr call) {
            return statements.stream().anyMatch(s -> s.conditional() && s.calls().contains(call));
        }
    }

    /** {@code c.add(..).addOrder(..);}: a statement that only changes the criteria. */
    record StepStatement(ExpressionStmt statement, List<MethodCallExpr> calls, boolean conditional) {
        public StepStatement {
            calls = List.copyOf(calls);
        }
    }
}
