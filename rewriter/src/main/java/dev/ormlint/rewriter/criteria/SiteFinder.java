package dev.ormlint.rewriter.criteria;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the shape of the query a {@code createCriteria} call starts: one fluent expression, or a
 * local variable changed by statements and run once in the same method, by {@code list()},
 * {@code uniqueResult()} or a finishing helper of the project ({@link DaoHelpers}). Anything else
 * (returned, passed on, run twice, changed after it ran) cannot be migrated in place.
 */
final class SiteFinder {

    private static final Set<String> TERMINALS = Set.of("list", "uniqueResult");

    /** The finishing helper a call is, given the Criteria as its only argument. */
    private final Function<MethodCallExpr, Optional<Finisher>> finishers;

    SiteFinder(Function<MethodCallExpr, Optional<Finisher>> finishers) {
        this.finishers = finishers;
    }

    QuerySite find(MethodCallExpr creation) throws Unsupported {
        List<MethodCallExpr> chain = chainAbove(creation);
        MethodCallExpr top = chain.isEmpty() ? creation : chain.get(chain.size() - 1);
        if (isTerminal(top)) {
            List<MethodCallExpr> calls = chain.subList(0, chain.size() - 1);
            Statement statement = top.findAncestor(Statement.class)
                    .orElseThrow(() -> new Unsupported("createCriteria(..)", "query outside a method body"));
            requireNoLambdaBetween(top, statement);
            return new QuerySite.Fluent(creation, statement, calls, top, Finisher.direct(top.getNameAsString()));
        }
        Node parent = top.getParentNode().orElseThrow();
        Optional<Finisher> helper = finishing(top);
        if (helper.isPresent()) {
            MethodCallExpr terminal = (MethodCallExpr) parent;
            Statement statement = terminal.findAncestor(Statement.class)
                    .orElseThrow(() -> new Unsupported("createCriteria(..)", "query outside a method body"));
            requireNoLambdaBetween(terminal, statement);
            return new QuerySite.Fluent(creation, statement, chain, terminal, helper.get());
        }
        if (parent instanceof VariableDeclarator declarator
                && declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration
                && declaration.getVariables().size() == 1
                && declaration.getParentNode().orElse(null) instanceof ExpressionStmt statement
                && statement.getParentNode().orElse(null) instanceof BlockStmt block) {
            return variable(creation, chain, statement, block, declarator.getNameAsString());
        }
        if (parent instanceof ReturnStmt) {
            throw new Unsupported("return createCriteria(..)", "Criteria built in one method and finished in another");
        }
        throw new Unsupported("createCriteria(..)", "Criteria passed on or stored outside a local variable");
    }

    private QuerySite variable(MethodCallExpr creation, List<MethodCallExpr> initializerCalls, ExpressionStmt declaration,
                               BlockStmt block, String name) throws Unsupported {
        Position declared = declaration.getEnd().orElseThrow();
        List<NameExpr> uses = block.findAll(NameExpr.class, n -> n.getNameAsString().equals(name)
                && n.getBegin().orElseThrow().isAfter(declared));
        uses.sort(Comparator.comparing(n -> n.getBegin().orElseThrow()));
        List<QuerySite.StepStatement> statements = new ArrayList<>();
        MethodCallExpr terminal = null;
        Finisher finisher = null;
        Statement terminalStatement = null;
        List<MethodCallExpr> terminalCalls = List.of();
        for (NameExpr use : uses) {
            Optional<Finisher> helper = finishing(use);
            if (helper.isPresent()) {
                if (terminal != null) {
                    throw new Unsupported("Criteria `" + name + "` used after " + terminal.getNameAsString() + "()",
                            "query changed or run again after it ran");
                }
                terminal = (MethodCallExpr) use.getParentNode().orElseThrow();
                finisher = helper.get();
                terminalStatement = terminal.findAncestor(Statement.class).orElseThrow();
                requireNoLambdaBetween(terminal, terminalStatement);
                requireNotLooping(terminalStatement, block, name);
                continue;
            }
            if (!(use.getParentNode().orElse(null) instanceof MethodCallExpr first) || first.getScope().orElse(null) != use) {
                throw new Unsupported("Criteria `" + name + "` passed on",
                        "Criteria built in one method and finished in another");
            }
            if (first.getNameAsString().equals("scroll")) {
                throw new Unsupported("Criteria.scroll()", "ScrollableResults rows differ in Hibernate 6");
            }
            if (terminal != null) {
                throw new Unsupported("Criteria `" + name + "` used after " + terminal.getNameAsString() + "()",
                        "query changed or run again after it ran");
            }
            List<MethodCallExpr> chain = new ArrayList<>(List.of(first));
            chain.addAll(chainAbove(first));
            if (isTerminal(first)) {
                chain = List.of(first);
            }
            MethodCallExpr top = chain.get(chain.size() - 1);
            if (isTerminal(top)) {
                terminal = top;
                finisher = Finisher.direct(top.getNameAsString());
                terminalCalls = chain.subList(0, chain.size() - 1);
                terminalStatement = top.findAncestor(Statement.class).orElseThrow();
                requireNoLambdaBetween(top, terminalStatement);
                requireNotLooping(terminalStatement, block, name);
            } else if (top.getParentNode().orElse(null) instanceof ExpressionStmt statement) {
                requireNoLambdaBetween(top, statement);
                boolean conditional = statement.getParentNode().orElse(null) != block;
                statements.add(new QuerySite.StepStatement(statement, chain, conditional));
            } else {
                throw new Unsupported("Criteria `" + name + "` passed on",
                        "Criteria built in one method and finished in another");
            }
        }
        if (terminal == null) {
            throw new Unsupported("Criteria `" + name + "`", "Criteria built in one method and finished in another");
        }
        return new QuerySite.Variable(creation, declaration, name, initializerCalls, statements, terminalStatement,
                terminalCalls, terminal, finisher);
    }

    /** The finisher when {@code criteria} is the only argument of a project's finishing helper. */
    private Optional<Finisher> finishing(Expression criteria) {
        if (criteria.getParentNode().orElse(null) instanceof MethodCallExpr call && call.getArguments().size() == 1
                && call.getArgument(0) == criteria) {
            return finishers.apply(call);
        }
        return Optional.empty();
    }

    /** The calls chained on {@code start}, up to and including a terminal. */
    private static List<MethodCallExpr> chainAbove(MethodCallExpr start) throws Unsupported {
        List<MethodCallExpr> chain = new ArrayList<>();
        Expression current = start;
        while (current.getParentNode().orElse(null) instanceof MethodCallExpr next && next.getScope().orElse(null) == current) {
            if (next.getNameAsString().equals("scroll")) {
                throw new Unsupported("Criteria.scroll()", "ScrollableResults rows differ in Hibernate 6");
            }
            chain.add(next);
            if (isTerminal(next)) {
                break;
            }
            current = next;
        }
        return chain;
    }

    private static boolean isTerminal(MethodCallExpr call) {
        return TERMINALS.contains(call.getNameAsString()) && call.getArguments().isEmpty();
    }

    private static void requireNoLambdaBetween(Node inner, Node outer) throws Unsupported {
        for (Node n = inner; n != outer && n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr) {
                throw new Unsupported("Criteria inside a lambda", "query split across a lambda");
            }
        }
    }

    private static void requireNotLooping(Statement statement, BlockStmt block, String name) throws Unsupported {
        for (Node n = statement; n != block && n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt) {
                throw new Unsupported("Criteria `" + name + "` run in a loop", "query run more than once");
            }
        }
    }
}
