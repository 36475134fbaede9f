package dev.ormlint.analyzer.index;

import java.util.List;
import java.util.Optional;

/**
 * One class mapped in a Hibernate ({@code *.hbm.xml}) or JPA ({@code orm.xml}) mapping file.
 *
 * @param className  qualified, with {@code .} between nested classes
 * @param kind       entity, mapped superclass or embeddable
 * @param superclass the mapped class it extends, for a Hibernate subclass mapping
 * @param path       the mapping file, relative to the scan root
 * @param line       where the class's element starts
 * @param properties its properties as the file maps them (an {@code orm.xml} entry may map only some)
 */
public record EntityMapping(String className, Kind kind, Optional<String> superclass, String path, int line,
                            List<MappedProperty> properties) {

    public enum Kind {
        ENTITY,
        MAPPED_SUPERCLASS,
        EMBEDDABLE
    }

    public EntityMapping {
        properties = List.copyOf(properties);
    }

    public Optional<MappedProperty> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
