package dev.ormlint.rewriter;

import java.util.List;

/**
 * A property path of a legacy query, resolved: where it starts (the root or a join alias), the
 * property names to follow (more than one only through embeddables or to an association's id), and
 * the type of the last one.
 *
 * @param join  the join alias the path starts from, or null for the root
 * @param names the property names, e.g. {@code [address, city]}
 */
record PropertyRef(String join, List<String> names, EntityModel.Property property) {

    PropertyRef {
        names = List.copyOf(names);
    }

    String dotted() {
        return String.join(".", names);
    }
}
