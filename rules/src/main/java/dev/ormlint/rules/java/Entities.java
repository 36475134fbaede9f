package dev.ormlint.rules.java;

import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeRef;
import java.util.List;

/** What makes a type a mapped entity: {@code @Entity} from Jakarta or javax Persistence. */
final class Entities {

    private static final List<String> ENTITY_ANNOTATIONS = List.of("jakarta.persistence.Entity", "javax.persistence.Entity");

    private Entities() {
    }

    static boolean isEntity(TypeRef type, ProjectIndex index) {
        return type.resolved() && !type.isArray()
                && ENTITY_ANNOTATIONS.stream().anyMatch(a -> index.hasAnnotation(type.name(), a));
    }
}
