package dev.ormlint.rewriter.criteria;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import spoon.Launcher;
import spoon.reflect.CtModel;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtType;
import spoon.reflect.factory.Factory;
import spoon.reflect.reference.CtTypeReference;

/**
 * The entity classes a migration names, modelled by Spoon from the project's sources without a
 * class path: what {@code ormlint migrate} works from, outside any compiler.
 */
final class SpoonEntityModel implements EntityModel {

    private final Factory factory;

    private SpoonEntityModel(Factory factory) {
        this.factory = factory;
    }

    /** Models the given source files; Spoon reports what it cannot resolve but does not fail on it. */
    static SpoonEntityModel of(Collection<Path> sources, Charset encoding) {
        Launcher launcher = new Launcher();
        launcher.getEnvironment().setNoClasspath(true);
        launcher.getEnvironment().setComplianceLevel(17);
        launcher.getEnvironment().setCommentEnabled(false);
        launcher.getEnvironment().setIgnoreDuplicateDeclarations(true);
        launcher.getEnvironment().setShouldCompile(false);
        launcher.getEnvironment().setEncoding(encoding);
        sources.forEach(p -> launcher.addInputResource(p.toString()));
        CtModel model = launcher.buildModel();
        return new SpoonEntityModel(model.getRootPackage().getFactory());
    }

    @Override
    public boolean knows(String qualifiedName) {
        return type(qualifiedName).isPresent();
    }

    @Override
    public Optional<Property> property(String owner, String name) {
        for (CtType<?> type = type(owner).orElse(null); type != null; type = superclass(type)) {
            CtField<?> field = type.getField(name);
            if (field != null && !field.isStatic() && !field.isTransient()) {
                return Optional.of(describe(field));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> idProperty(String owner) {
        for (CtType<?> type = type(owner).orElse(null); type != null; type = superclass(type)) {
            for (CtField<?> field : type.getFields()) {
                if (annotated(field, "Id")) {
                    return Optional.of(field.getSimpleName());
                }
                if (annotated(field, "EmbeddedId")) {
                    return Optional.empty();
                }
            }
        }
        return property(owner, "id").map(Property::name);
    }

    @Override
    public String entityName(String qualifiedName) {
        Optional<CtType<?>> type = type(qualifiedName);
        if (type.isEmpty()) {
            return qualifiedName;
        }
        for (CtAnnotation<?> annotation : type.get().getAnnotations()) {
            if (annotation.getAnnotationType().getSimpleName().equals("Entity")) {
                Object name = annotation.getValues().get("name");
                return name instanceof CtLiteral<?> literal && literal.getValue() instanceof String s && !s.isEmpty()
                        ? s : type.get().getSimpleName();
            }
        }
        return qualifiedName;
    }

    private Property describe(CtField<?> field) {
        CtTypeReference<?> type = field.getType();
        CtTypeReference<?> boxed = type.isPrimitive() ? type.box() : type;
        List<String> arguments = boxed.getActualTypeArguments().stream().map(CtTypeReference::getQualifiedName).toList();
        boolean collection = COLLECTIONS.contains(boxed.getQualifiedName());
        String target = collection && !arguments.isEmpty() ? arguments.get(arguments.size() - 1) : boxed.getQualifiedName();
        boolean embedded = annotated(field, "Embedded")
                || type(boxed.getQualifiedName()).map(t -> annotated(t, "Embeddable")).orElse(false);
        return new Property(field.getSimpleName(), boxed.getQualifiedName(), arguments, target, collection, embedded);
    }

    private Optional<CtType<?>> type(String qualifiedName) {
        return Optional.ofNullable(factory.Type().get(qualifiedName));
    }

    private static CtType<?> superclass(CtType<?> type) {
        CtTypeReference<?> superclass = type.getSuperclass();
        return superclass == null ? null : superclass.getTypeDeclaration();
    }

    private static boolean annotated(CtElement element, String simpleName) {
        return element.getAnnotations().stream().anyMatch(a -> a.getAnnotationType().getSimpleName().equals(simpleName));
    }
}
