package dev.ormlint.analyzer.engine;

import java.util.Map;

/** Rule options as given on the command line or in build configuration: {@code RuleId.key=value}. */
public record RuleOptions(Map<String, String> values) {

    public RuleOptions {
        values = Map.copyOf(values);
    }

    public String get(String ruleId, String key, String defaultValue) {
        return values.getOrDefault(ruleId + "." + key, defaultValue);
    }
}
