package dev.ormlint.analyzer.config;

import dev.ormlint.analyzer.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the flat settings of one Spring or Quarkus document into {@link ConfigDocument}s with their
 * profiles: a document activated by {@code spring.config.activate.on-profile} (or the older
 * {@code spring.profiles}) belongs to that profile, and Quarkus keys prefixed {@code %prod.} form a
 * {@code prod} document of their own.
 */
final class ConfigDocuments {

    private static final List<String> ACTIVATION_KEYS = List.of("spring.config.activate.on-profile", "spring.profiles");

    private ConfigDocuments() {
    }

    static List<ConfigDocument> of(SourceFile file, List<ConfigEntry> entries) {
        Optional<String> activation = entries.stream()
                .filter(e -> ACTIVATION_KEYS.stream().anyMatch(k -> RelaxedNames.canonical(k).equals(e.canonicalKey())))
                .map(ConfigEntry::value)
                .map(String::strip)
                .findFirst();
        List<ConfigEntry> plain = new ArrayList<>();
        Map<String, List<ConfigEntry>> byQuarkusProfile = new LinkedHashMap<>();
        for (ConfigEntry entry : entries) {
            int dot = entry.key().indexOf('.');
            if (entry.key().startsWith("%") && dot > 1) {
                byQuarkusProfile.computeIfAbsent(entry.key().substring(1, dot), p -> new ArrayList<>())
                        .add(new ConfigEntry(entry.key().substring(dot + 1), entry.value(), file, entry.range()));
            } else {
                plain.add(entry);
            }
        }
        List<ConfigDocument> documents = new ArrayList<>();
        documents.add(new ConfigDocument(file, activation, Optional.empty(), plain));
        byQuarkusProfile.forEach((profile, profiled) ->
                documents.add(new ConfigDocument(file, Optional.of(profile), Optional.empty(), profiled)));
        return documents;
    }
}
