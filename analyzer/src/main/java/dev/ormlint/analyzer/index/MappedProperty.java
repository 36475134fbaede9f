package dev.ormlint.analyzer.index;

import java.util.List;
import java.util.Optional;

/**
 * One property of a class mapped in a mapping file.
 *
 * @param name  the property's name ({@code programStageSections})
 * @param kind  what the mapping makes of it
 * @param type  the type the mapping names, when it names one: the target entity of an association
 *              or the element class of a collection (qualified), a component's class, or a basic
 *              property's Hibernate type as written ({@code text}, {@code jbObjectStyle})
 * @param parts a component's or composite element's own properties
 */
public record MappedProperty(String name, Kind kind, Optional<String> type, List<MappedProperty> parts) {

    public enum Kind {
        ID,
        VERSION,
        BASIC,
        /** A component ({@code <component>}, {@code <embedded>}): columns of the owner's row. */
        COMPONENT,
        /** A many-to-one or one-to-one association. */
        TO_ONE,
        /** A one-to-many or many-to-many association: a collection of entities. */
        TO_MANY,
        /** A collection of values or components ({@code <element>}, {@code <element-collection>}). */
        ELEMENT_COLLECTION
    }

    public MappedProperty {
        parts = List.copyOf(parts);
    }

    /** Whether the property holds a collection: an association to many, or a collection of values. */
    public boolean isCollection() {
        return kind == Kind.TO_MANY || kind == Kind.ELEMENT_COLLECTION;
    }
}
