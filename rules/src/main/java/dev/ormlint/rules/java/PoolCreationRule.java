package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.ormlint.analyzer.rule.JavaRule;
import java.util.Set;

/**
 * A Java rule about connection pools created in code: it visits the object creations and method
 * calls ({@code DataSourceBuilder...build()}) of files that name a pool type or the builder.
 */
interface PoolCreationRule extends JavaRule {

    @Override
    default Set<String> triggers() {
        return Pool.javaTriggers();
    }

    @Override
    default Set<Class<? extends Node>> nodeTypes() {
        return Set.of(ObjectCreationExpr.class, MethodCallExpr.class);
    }
}
