package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.Expression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves the property paths of one legacy query ({@code "status"}, {@code "o.total"},
 * {@code "c.name"} through an alias, {@code "address.city"} through an embeddable) against the
 * entity model, the way legacy Criteria resolves them, or refuses.
 */
final class PathResolver {

    private static final String ID = "id";

    private final EntityModel model;
    private final String entityType;
    private final String rootAlias;
    private final Map<String, String> joinTargets = new HashMap<>();
    private final PathResolver outer;
    private final Function<Expression, Optional<String>> constants;
    private String base;

    /** @param constants the value of a property name written as a compile-time constant ({@link Constants}) */
    PathResolver(EntityModel model, String entityType, String rootAlias, Function<Expression, Optional<String>> constants) {
        this(model, entityType, rootAlias, null, constants);
    }

    private PathResolver(EntityModel model, String entityType, String rootAlias, PathResolver outer,
                         Function<Expression, Optional<String>> constants) {
        this.model = model;
        this.entityType = entityType;
        this.rootAlias = rootAlias;
        this.outer = outer;
        this.constants = constants;
    }

    /** Paths of a subquery: its own, and through the aliases of this query, correlated. */
    PathResolver subquery(String subEntityType, String subAlias) {
        return new PathResolver(model, subEntityType, subAlias, this, constants);
    }

    private boolean names(String alias) {
        return alias.equals(rootAlias) || joinTargets.containsKey(alias);
    }

    /** The entity the paths that follow start from: the root's, or that of the join they are relative to. */
    String currentEntityType() {
        return base == null ? entityType : joinTargets.get(base);
    }

    EntityModel model() {
        return model;
    }

    /** Makes {@code alias} a name for the association {@code path} leads to. */
    void addJoin(String alias, PropertyRef path) {
        joinTargets.put(alias, path.property().target());
    }

    boolean isAlias(String name) {
        return joinTargets.containsKey(name);
    }

    /**
     * Resolves the paths that follow relative to the join {@code alias} (null: the root), as calls
     * chained on a nested {@code createCriteria(association)} are.
     */
    void within(String alias) {
        this.base = alias;
    }

    PropertyRef resolve(Expression argument) throws Unsupported {
        String name = constants.apply(argument).orElseThrow(
                () -> new Unsupported("property name `" + argument + "`", "property name computed at run time"));
        return resolve(name);
    }

    PropertyRef resolve(String written) throws Unsupported {
        String first = written.contains(".") ? written.substring(0, written.indexOf('.')) : "";
        if (outer != null && !names(first) && outer.names(first)) {
            return outer.resolve(written).asOuter();
        }
        List<String> names = new ArrayList<>(List.of(written.split("\\.", -1)));
        String join = base;
        String owner = base == null ? entityType : joinTargets.get(base);
        if (names.size() > 1 && names.get(0).equals(rootAlias)) {
            join = null;
            owner = entityType;
            names.remove(0);
        } else if (names.size() > 1 && joinTargets.containsKey(names.get(0))) {
            join = names.remove(0);
            owner = joinTargets.get(join);
        }
        List<String> resolved = new ArrayList<>();
        EntityModel.Property property = null;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean last = i == names.size() - 1;
            property = lookUp(owner, name).orElseThrow(() -> new Unsupported("property `" + written + "`",
                    "property not found in the entity or its superclasses (misspelt, or the entity is unknown)"));
            resolved.add(property.name());
            if (last) {
                break;
            }
            boolean intoEmbeddable = property.embedded() && !property.collection();
            boolean toAssociationId = !property.collection() && i == names.size() - 2
                    && model.idProperty(property.type()).map(id -> id.equals(names.get(names.size() - 1))
                            || names.get(names.size() - 1).equals(ID)).orElse(false);
            if (!intoEmbeddable && !toAssociationId) {
                throw new Unsupported("property `" + written + "`", "dotted path through an association without createAlias");
            }
            owner = property.type();
        }
        return new PropertyRef(join, resolved, property, false);
    }

    /** Legacy Criteria treats {@code id} as the identifier whatever the property is called. */
    private Optional<EntityModel.Property> lookUp(String owner, String name) {
        Optional<EntityModel.Property> direct = model.property(owner, name);
        if (direct.isPresent() || !name.equals(ID)) {
            return direct;
        }
        return model.idProperty(owner).flatMap(id -> model.property(owner, id));
    }
}
