package dev.ormlint.errorprone.testrules;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.List;
import java.util.Set;

/**
 * A rule that exists only on the test class path, because no production rule carries text edits
 * yet: {@code Session.createSQLQuery(sql)} (removed in Hibernate 6) is renamed to
 * {@code createNativeQuery(sql)}.
 */
@RuleInfo(summary = "Session.createSQLQuery, removed in Hibernate 6", severity = Severity.WARNING)
public final class CreateSqlQuery implements JavaRule {

    private static final MethodMatcher CREATE_SQL_QUERY =
            MethodMatcher.instanceMethod("org.hibernate.Session#createSQLQuery(java.lang.String)");

    @Override
    public Set<String> triggers() {
        return Set.of("createSQLQuery");
    }

    @Override
    public Set<Class<? extends Node>> nodeTypes() {
        return Set.of(MethodCallExpr.class);
    }

    @Override
    public void visit(Node node, JavaContext context) {
        MethodCallExpr call = (MethodCallExpr) node;
        if (!CREATE_SQL_QUERY.matches(call, context.types()) || call.getName().getRange().isEmpty()) {
            return;
        }
        Range name = call.getName().getRange().get();
        String source = context.source();
        TextEdit rename = new TextEdit(offset(source, name.begin), offset(source, name.end) + 1, "createNativeQuery");
        context.report(call, "Session.createSQLQuery was removed in Hibernate 6.", "Call createNativeQuery.",
                List.of(rename));
    }

    /** The 0-based offset of a 1-based JavaParser position; lines end with \n, \r\n or \r. */
    private static int offset(String source, Position position) {
        int line = 1;
        int i = 0;
        while (line < position.line) {
            char c = source.charAt(i++);
            if (c == '\n' || (c == '\r' && (i == source.length() || source.charAt(i) != '\n'))) {
                line++;
            }
        }
        return i + position.column - 1;
    }
}
