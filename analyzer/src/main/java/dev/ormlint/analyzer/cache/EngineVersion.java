package dev.ormlint.analyzer.cache;

import dev.ormlint.analyzer.report.ToolInfo;
import dev.ormlint.analyzer.rule.Rule;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which ormlint build a cache was written by. A release is its version; a snapshot build keeps its
 * version while its code changes, so there the jars the engine and the rules were loaded from (size
 * and modification time) are part of it too: results of a rebuilt snapshot are never reused.
 */
final class EngineVersion {

    private EngineVersion() {
    }

    static String of(Collection<RuleDescriptor> rules) {
        String version = ToolInfo.current().version();
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        TreeSet<String> jars = new TreeSet<>();
        Stream.concat(Stream.of(EngineVersion.class), rules.stream().flatMap(r -> r.implementations().stream()).map(Rule::getClass))
                .map(type -> type.getProtectionDomain().getCodeSource())
                .distinct()
                .forEach(source -> jars.add(describe(source)));
        return version + " " + String.join(" ", jars);
    }

    private static String describe(CodeSource source) {
        if (source == null || source.getLocation() == null) {
            return "?";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                // Classes in a directory (a build's own tests): no single file tells their age.
                return location.getFileName() + ":dir";
            }
            return location.getFileName() + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
