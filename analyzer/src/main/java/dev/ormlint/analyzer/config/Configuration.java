package dev.ormlint.analyzer.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective settings one application runs with: documents layered in order, a later one
 * overriding an earlier one key by key (relaxed names).
 *
 * @param label    how findings name it: {@code default}, a profile name, or a persistence unit
 * @param profiled whether it is one of several profiles of one application (findings then name it)
 * @param layers   the documents, base first
 */
public record Configuration(String label, boolean profiled, List<ConfigDocument> layers) {

    public Configuration {
        layers = List.copyOf(layers);
    }

    /** The effective setting for {@code key}: the last one written. */
    public Optional<ConfigEntry> get(String key) {
        String canonical = RelaxedNames.canonical(key);
        ConfigEntry found = null;
        for (ConfigDocument layer : layers) {
            for (ConfigEntry entry : layer.entries()) {
                if (entry.canonicalKey().equals(canonical)) {
                    found = entry;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first of {@code keys} that is set (aliases of one setting, most specific first). */
    public Optional<ConfigEntry> getAny(List<String> keys) {
        return keys.stream().map(this::get).flatMap(Optional::stream).findFirst();
    }

    /**
     * The effective settings at or below {@code prefix}, one per key, in the order their keys
     * first appear; each holds the value that wins.
     */
    public List<ConfigEntry> under(String prefix) {
        Map<String, ConfigEntry> effective = new LinkedHashMap<>();
        for (ConfigDocument layer : layers) {
            for (ConfigEntry entry : layer.entries()) {
                if (RelaxedNames.isUnder(entry.key(), prefix)) {
                    effective.put(entry.canonicalKey(), entry);
                }
            }
        }
        return new ArrayList<>(effective.values());
    }

    public boolean has(String key) {
        return get(key).isPresent();
    }
}
