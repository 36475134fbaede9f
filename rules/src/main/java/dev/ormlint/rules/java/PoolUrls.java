package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.ormlint.analyzer.config.ConfigEntry;
import dev.ormlint.analyzer.config.Configuration;
import dev.ormlint.analyzer.config.ProjectConfig;
import dev.ormlint.analyzer.java.Annotations;
import dev.ormlint.analyzer.java.ConstantValues;
import dev.ormlint.analyzer.rule.JavaContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDBC URL a pool created in code connects to, as far as the source and the project's property
 * files tell: a constant, or a Spring placeholder read through {@code @Value("${key}")} (a field or
 * parameter) or {@code environment.getProperty("key")}, looked up in the project's configuration
 * and in the files the class names with {@code @PropertySource}.
 */
final class PoolUrls {

    private static final Set<String> VALUE = Set.of("org.springframework.beans.factory.annotation.Value");
    private static final Set<String> PROPERTY_SOURCE = Set.of("org.springframework.context.annotation.PropertySource");
    private static final Set<String> ENVIRONMENT_GETTERS = Set.of("getProperty", "getRequiredProperty");
    /** {@code ${key}} or {@code ${key:default}}, the whole value. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

    private PoolUrls() {
    }

    /**
     * Whether {@code url} names an embedded database: its constant value does, or every project
     * file that sets its placeholder's key sets an embedded database's URL (or none does and its
     * default is one). Unknown values are not embedded.
     */
    static boolean isEmbedded(Expression url, JavaContext context) {
        return values(url, context).filter(v -> !v.isEmpty() && v.stream().allMatch(EmbeddedDatabases::isEmbedded))
                .isPresent();
    }

    /** The values {@code url} may have; empty when one of them cannot be known. */
    private static Optional<List<String>> values(Expression url, JavaContext context) {
        Optional<String> constant = new ConstantValues(context.types()).string(url);
        if (constant.isPresent()) {
            return Optional.of(List.of(constant.get()));
        }
        return placeholder(url, context).flatMap(p -> resolve(p, url, context));
    }

    /** The {@code ${key}} text behind {@code url}: an {@code @Value} field or parameter, or an environment lookup. */
    private static Optional<String> placeholder(Expression url, JavaContext context) {
        if (url instanceof MethodCallExpr call && ENVIRONMENT_GETTERS.contains(call.getNameAsString())
                && !call.getArguments().isEmpty()) {
            return new ConstantValues(context.types()).string(call.getArgument(0)).map(key -> "${" + key + "}");
        }
        Optional<String> name = url instanceof NameExpr n ? Optional.of(n.getNameAsString())
                : url instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                ? Optional.of(f.getNameAsString()) : Optional.empty();
        return name.flatMap(n -> declarationOf(n, url)).flatMap(d -> Annotations.find(d, VALUE, context.types()))
                .flatMap(a -> Annotations.attribute(a, "value"))
                .flatMap(v -> new ConstantValues(context.types()).string(v));
    }

    /** The parameter of the enclosing method, else the field of the enclosing class, called {@code name}. */
    private static Optional<NodeWithAnnotations<?>> declarationOf(String name, Node usage) {
        Optional<NodeWithAnnotations<?>> parameter = usage.findAncestor(CallableDeclaration.class)
                .flatMap(c -> ((CallableDeclaration<?>) c).getParameterByName(name)).map(p -> p);
        if (parameter.isPresent()) {
            return parameter;
        }
        return usage.findAncestor(TypeDeclaration.class)
                .flatMap(t -> ((TypeDeclaration<?>) t).getFieldByName(name)).map(f -> f);
    }

    private static Optional<List<String>> resolve(String placeholder, Expression usage, JavaContext context) {
        Matcher matcher = PLACEHOLDER.matcher(placeholder.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<Optional<String>> definitions = sources(usage, context).map(c -> c.get(matcher.group(1).strip()))
                .flatMap(Optional::stream).map(ConfigEntry::resolvedValue).toList();
        if (definitions.isEmpty()) {
            return Optional.ofNullable(matcher.group(2)).map(List::of);
        }
        if (definitions.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(definitions.stream().map(Optional::get).toList());
    }

    /** The project's configurations, and each property file the enclosing classes name with {@code @PropertySource}. */
    private static Stream<Configuration> sources(Expression usage, JavaContext context) {
        ProjectConfig project = context.configuration();
        List<Configuration> sources = new ArrayList<>(project.configurations());
        for (Node n = usage; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                for (AnnotationExpr annotation : type.getAnnotations()) {
                    if (Annotations.isOneOf(annotation, PROPERTY_SOURCE, context.types())) {
                        annotation.findAll(StringLiteralExpr.class).forEach(location -> project
                                .propertyResource(location.asString()).forEach(document -> sources.add(
                                        new Configuration(location.asString(), false, List.of(document)))));
                    }
                }
            }
        }
        return sources.stream();
    }
}
