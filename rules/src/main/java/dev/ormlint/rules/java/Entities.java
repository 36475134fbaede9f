package dev.ormlint.rules.java;

import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeRef;

/** Whether a type is a mapped entity, as the project index knows entities (annotations and mapping files). */
final class Entities {

    private Entities() {
    }

    static boolean isEntity(TypeRef type, ProjectIndex index) {
        return type.resolved() && !type.isArray() && index.isEntity(type.name());
    }
}
