package dev.ormlint.analyzer.config;

import dev.ormlint.analyzer.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * The settings of one file, or of one part of it: a YAML document, a Quarkus {@code %profile.}
 * group, a persistence unit.
 *
 * @param file    where it was read from
 * @param profile the Spring/Quarkus profile it is active in, empty when it always applies
 * @param unit    the persistence unit's name for {@code persistence.xml}, else empty
 * @param entries settings in file order; a later duplicate overrides an earlier one
 */
public record ConfigDocument(SourceFile file, Optional<String> profile, Optional<String> unit,
                             List<ConfigEntry> entries) {

    public ConfigDocument {
        entries = List.copyOf(entries);
    }

    public static ConfigDocument base(SourceFile file, List<ConfigEntry> entries) {
        return new ConfigDocument(file, Optional.empty(), Optional.empty(), entries);
    }
}
