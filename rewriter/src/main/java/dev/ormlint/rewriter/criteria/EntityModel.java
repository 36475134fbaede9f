package dev.ormlint.rewriter.criteria;

import java.util.List;
import java.util.Optional;

/**
 * What a migration needs to know of the entity classes its queries name: property types (boxed,
 * with type arguments), identifier properties, embeddables and HQL entity names. Properties are the
 * persistent fields of a class and its superclasses; anything a model does not know is unknown,
 * and queries that need it are left alone. {@code ormlint migrate} models the project's sources
 * with Spoon; the Error Prone plugin reads javac's own symbols.
 */
public interface EntityModel {

    /**
     * A persistent property.
     *
     * @param type          qualified name of its boxed type, e.g. {@code java.lang.Integer}, {@code java.util.Set}
     * @param typeArguments qualified names of its type arguments
     * @param target        for collections the element type, otherwise the type itself
     * @param embedded      whether it is an embedded value ({@code @Embedded}, or of an {@code @Embeddable} type)
     */
    record Property(String name, String type, List<String> typeArguments, String target, boolean collection,
                    boolean embedded) {

        public Property {
            typeArguments = List.copyOf(typeArguments);
        }
    }

    /** Collection types whose last type argument is the element type of a persistent collection. */
    List<String> COLLECTIONS = List.of("java.util.Collection", "java.util.List", "java.util.Set",
            "java.util.SortedSet", "java.util.Map", "java.util.SortedMap");

    /** Whether the model has the class of this qualified name. */
    boolean knows(String qualifiedName);

    /** The persistent property {@code name} of {@code owner} or of one of its superclasses. */
    Optional<Property> property(String owner, String name);

    /** The name of the property annotated {@code @Id}, or {@code id} when the class declares a field so named. */
    Optional<String> idProperty(String owner);

    /** The name HQL knows the entity by: its {@code @Entity(name)} or simple name, else the qualified name. */
    String entityName(String qualifiedName);
}
