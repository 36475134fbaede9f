package dev.ormlint.analyzer.index;

import dev.ormlint.analyzer.engine.SafeXml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the classes a mapping file maps: Hibernate's {@code <hibernate-mapping>} ({@code *.hbm.xml}:
 * classes, subclasses, their properties, components and collections) and JPA's
 * {@code <entity-mappings>} ({@code orm.xml}: entities, mapped superclasses, embeddables and their
 * attributes). A document with another root maps nothing. Parsed by {@link SafeXml}: external
 * entities are never loaded, so a property list a file pulls in with {@code &entity;} is not seen.
 */
final class MappingXmlReader {

    private static final Set<String> HBM_CLASSES = Set.of("class", "subclass", "joined-subclass", "union-subclass");
    private static final Set<String> HBM_COLLECTIONS = Set.of("set", "bag", "list", "map", "idbag", "array",
            "primitive-array");
    /** Elements that only group properties of the class they are in. */
    private static final Set<String> HBM_GROUPS = Set.of("natural-id", "join", "properties");

    private final String path;
    private String packageName = "";

    private MappingXmlReader(String path) {
        this.path = path;
    }

    /** @param path the file, relative to the scan root, recorded in each mapping */
    static List<EntityMapping> read(String path, String text) throws SafeXml.MalformedXml {
        SafeXml.Element root = SafeXml.tree(text);
        MappingXmlReader reader = new MappingXmlReader(path);
        List<EntityMapping> out = new ArrayList<>();
        switch (root.name()) {
            case "hibernate-mapping" -> reader.hibernateMapping(root, out);
            case "entity-mappings" -> reader.entityMappings(root, out);
            default -> { }
        }
        return out;
    }

    private void hibernateMapping(SafeXml.Element root, List<EntityMapping> out) {
        packageName = root.attribute("package").orElse("");
        for (SafeXml.Element child : root.children()) {
            if (HBM_CLASSES.contains(child.name())) {
                hbmClass(child, child.attribute("extends").map(this::qualify), out);
            }
        }
    }

    private void hbmClass(SafeXml.Element element, Optional<String> superclass, List<EntityMapping> out) {
        Optional<String> name = element.attribute("name").or(() -> element.attribute("entity-name")).map(this::qualify);
        if (name.isEmpty()) {
            return;
        }
        out.add(new EntityMapping(name.get(), EntityMapping.Kind.ENTITY, superclass, path, element.line(),
                hbmProperties(element.children())));
        for (SafeXml.Element child : element.children()) {
            if (HBM_CLASSES.contains(child.name())) {
                hbmClass(child, name, out);
            }
        }
    }

    private List<MappedProperty> hbmProperties(List<SafeXml.Element> elements) {
        List<MappedProperty> out = new ArrayList<>();
        for (SafeXml.Element element : elements) {
            Optional<String> name = element.attribute("name");
            switch (element.name()) {
                case "id", "key-property" -> name.ifPresent(n -> out.add(basic(n, MappedProperty.Kind.ID, element)));
                case "version", "timestamp" -> name.ifPresent(n -> out.add(basic(n, MappedProperty.Kind.VERSION, element)));
                case "property" -> name.ifPresent(n -> out.add(basic(n, MappedProperty.Kind.BASIC, element)));
                case "many-to-one", "one-to-one", "key-many-to-one" -> name.ifPresent(n -> out.add(
                        new MappedProperty(n, MappedProperty.Kind.TO_ONE, classOf(element), List.of())));
                case "component", "dynamic-component" -> name.ifPresent(n -> out.add(new MappedProperty(n,
                        MappedProperty.Kind.COMPONENT, classOf(element), hbmProperties(element.children()))));
                case "composite-id" -> {
                    if (name.isPresent()) {
                        out.add(new MappedProperty(name.get(), MappedProperty.Kind.ID, classOf(element),
                                hbmProperties(element.children())));
                    } else {
                        out.addAll(hbmProperties(element.children()));
                    }
                }
                default -> {
                    if (HBM_GROUPS.contains(element.name())) {
                        out.addAll(hbmProperties(element.children()));
                    } else if (HBM_COLLECTIONS.contains(element.name())) {
                        name.ifPresent(n -> out.add(hbmCollection(n, element)));
                    }
                }
            }
        }
        return out;
    }

    /** A collection, by what it holds: entities ({@code one-to-many}, {@code many-to-many}) or values. */
    private MappedProperty hbmCollection(String name, SafeXml.Element collection) {
        for (SafeXml.Element child : collection.children()) {
            switch (child.name()) {
                case "one-to-many", "many-to-many", "many-to-any" -> {
                    return new MappedProperty(name, MappedProperty.Kind.TO_MANY, classOf(child), List.of());
                }
                case "element" -> {
                    return new MappedProperty(name, MappedProperty.Kind.ELEMENT_COLLECTION, hibernateType(child),
                            List.of());
                }
                case "composite-element" -> {
                    return new MappedProperty(name, MappedProperty.Kind.ELEMENT_COLLECTION, classOf(child),
                            hbmProperties(child.children()));
                }
                default -> { }
            }
        }
        return new MappedProperty(name, MappedProperty.Kind.ELEMENT_COLLECTION, Optional.empty(), List.of());
    }

    private static MappedProperty basic(String name, MappedProperty.Kind kind, SafeXml.Element element) {
        return new MappedProperty(name, kind, hibernateType(element), List.of());
    }

    /** A property's Hibernate type as written: the {@code type} attribute or a nested {@code <type name>}. */
    private static Optional<String> hibernateType(SafeXml.Element element) {
        return element.attribute("type").or(() -> element.child("type").flatMap(t -> t.attribute("name")));
    }

    private Optional<String> classOf(SafeXml.Element element) {
        return element.attribute("class").or(() -> element.attribute("entity-name")).map(this::qualify);
    }

    private void entityMappings(SafeXml.Element root, List<EntityMapping> out) {
        packageName = root.child("package").map(SafeXml.Element::text).orElse("");
        for (SafeXml.Element child : root.children()) {
            EntityMapping.Kind kind = switch (child.name()) {
                case "entity" -> EntityMapping.Kind.ENTITY;
                case "mapped-superclass" -> EntityMapping.Kind.MAPPED_SUPERCLASS;
                case "embeddable" -> EntityMapping.Kind.EMBEDDABLE;
                default -> null;
            };
            Optional<String> name = child.attribute("class").map(this::qualify);
            if (kind != null && name.isPresent()) {
                List<SafeXml.Element> attributes = child.child("attributes").map(SafeXml.Element::children)
                        .orElse(List.of());
                out.add(new EntityMapping(name.get(), kind, Optional.empty(), path, child.line(), ormAttributes(attributes)));
            }
        }
    }

    private List<MappedProperty> ormAttributes(List<SafeXml.Element> elements) {
        List<MappedProperty> out = new ArrayList<>();
        for (SafeXml.Element element : elements) {
            Optional<String> name = element.attribute("name");
            MappedProperty.Kind kind = switch (element.name()) {
                case "id", "embedded-id" -> MappedProperty.Kind.ID;
                case "version" -> MappedProperty.Kind.VERSION;
                case "basic" -> MappedProperty.Kind.BASIC;
                case "embedded" -> MappedProperty.Kind.COMPONENT;
                case "many-to-one", "one-to-one" -> MappedProperty.Kind.TO_ONE;
                case "one-to-many", "many-to-many" -> MappedProperty.Kind.TO_MANY;
                case "element-collection" -> MappedProperty.Kind.ELEMENT_COLLECTION;
                default -> null;
            };
            if (kind != null && name.isPresent()) {
                Optional<String> type = element.attribute("target-entity").or(() -> element.attribute("target-class"))
                        .map(this::qualify);
                out.add(new MappedProperty(name.get(), kind, type, List.of()));
            }
        }
        return out;
    }

    /** A class name as the file writes it, qualified by the file's package; {@code Outer$Inner} as {@code Outer.Inner}. */
    private String qualify(String written) {
        String qualified = written.contains(".") || packageName.isEmpty() ? written : packageName + "." + written;
        return qualified.replace('$', '.');
    }
}
