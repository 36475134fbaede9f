package dev.ormlint.analyzer.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The classes the project maps in mapping files ({@code *.hbm.xml}, {@code orm.xml}), by class
 * name. A class may be named by several files (an {@code orm.xml} per database, say); each mapping
 * is kept. Immutable.
 */
public final class EntityMappings {

    public static final EntityMappings NONE = new EntityMappings(List.of());

    private final List<EntityMapping> all;
    private final Map<String, List<EntityMapping>> byClass;

    private EntityMappings(Collection<EntityMapping> mappings) {
        this.all = List.copyOf(mappings);
        Map<String, List<EntityMapping>> grouped = new HashMap<>();
        all.forEach(m -> grouped.computeIfAbsent(m.className(), k -> new ArrayList<>()).add(m));
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.byClass = Map.copyOf(grouped);
    }

    public static EntityMappings of(Collection<EntityMapping> mappings) {
        return mappings.isEmpty() ? NONE : new EntityMappings(mappings);
    }

    public List<EntityMapping> all() {
        return all;
    }

    public List<EntityMapping> of(String className) {
        return byClass.getOrDefault(className, List.of());
    }

    /** Whether a mapping file maps the class as an entity (not only as a mapped superclass or embeddable). */
    public boolean isEntity(String className) {
        return of(className).stream().anyMatch(m -> m.kind() == EntityMapping.Kind.ENTITY);
    }

    /**
     * The property {@code name} of the class as a mapping file maps it, or of the mapped class a
     * Hibernate subclass mapping extends.
     */
    public Optional<MappedProperty> property(String className, String name) {
        Set<String> seen = new HashSet<>();
        for (String current = className; current != null && seen.add(current); ) {
            List<EntityMapping> mappings = of(current);
            Optional<MappedProperty> found = mappings.stream().flatMap(m -> m.property(name).stream()).findFirst();
            if (found.isPresent()) {
                return found;
            }
            current = mappings.stream().flatMap(m -> m.superclass().stream()).findFirst().orElse(null);
        }
        return Optional.empty();
    }
}
