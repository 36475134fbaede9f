package dev.ormlint.rewriter.criteria;

import java.util.List;

/**
 * A property path of a legacy query, resolved: where it starts (the root or a join alias), the
 * property names to follow (more than one only through embeddables or to an association's id), and
 * the type of the last one.
 *
 * @param join  the join alias the path starts from, or null for the root
 * @param names the property names, e.g. {@code [address, city]}
 * @param outer whether a subquery's path refers to the enclosing query (a correlation)
 */
record PropertyRef(String join, List<String> names, EntityModel.Property property, boolean outer) {

    PropertyRef {
        names = List.copyOf(names);
    }

    PropertyRef asOuter() {
        return new PropertyRef(join, names, property, true);
    }

    String dotted() {
        return String.join(".", names);
    }
}
