package dev.ormlint.analyzer.config;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.engine.SourceReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a project's configuration files into the {@link Configuration}s its applications run with.
 * Spring Boot style files ({@code application*}, {@code bootstrap*}) of one folder form one
 * application: the base documents hold for every profile, and each profile seen
 * ({@code application-prod.yml}, a YAML document activated on {@code prod}, Quarkus {@code %prod.}
 * keys) layers its own documents over them. {@code hibernate.properties} and
 * {@code hibernate.cfg.xml} are one configuration each; {@code persistence.xml} one per unit.
 * A file that cannot be read becomes a notice and is left out. Property files in resource folders
 * are kept aside, unread, until a rule asks for one by its class-path location.
 */
public final class ProjectConfig {

    public static final String DEFAULT_PROFILE = "default";
    private static final Pattern SPRING_FILE =
            Pattern.compile("(application|bootstrap)(?:-([^.]+))?\\.(properties|ya?ml)");

    private static final String CLASSPATH = "classpath:";
    private static final String CLASSPATH_ALL = "classpath*:";

    private final List<Configuration> configurations;
    private final List<SourceFile> propertyResources;
    private final Map<SourceFile, List<ConfigDocument>> readResources = new ConcurrentHashMap<>();

    private ProjectConfig(List<Configuration> configurations, List<SourceFile> propertyResources) {
        this.configurations = List.copyOf(configurations);
        this.propertyResources = List.copyOf(propertyResources);
    }

    /** No configuration at all: what a front end that sees one compilation unit knows. */
    public static ProjectConfig none() {
        return new ProjectConfig(List.of(), List.of());
    }

    public List<Configuration> configurations() {
        return configurations;
    }

    /**
     * The settings of the property files at {@code location} ({@code classpath:db/app.properties},
     * as {@code @PropertySource} names it) in any resource folder of the project; a file that
     * cannot be read or is not there contributes nothing, silently: it is read only on demand.
     */
    public List<ConfigDocument> propertyResource(String location) {
        String path = location.strip();
        for (String prefix : List.of(CLASSPATH_ALL, CLASSPATH)) {
            if (path.startsWith(prefix)) {
                path = path.substring(prefix.length());
            }
        }
        String suffix = "/resources/" + (path.startsWith("/") ? path.substring(1) : path);
        return propertyResources.stream().filter(f -> ("/" + f.relativePath()).endsWith(suffix))
                .flatMap(f -> readResources.computeIfAbsent(f, ProjectConfig::readProperties).stream()).toList();
    }

    private static List<ConfigDocument> readProperties(SourceFile file) {
        SourceReader.Read read = new SourceReader().read(file);
        if (!read.ok()) {
            return List.of();
        }
        try {
            return new PropertiesConfigReader().read(file, read.text());
        } catch (ConfigFormatException e) {
            return List.of();
        }
    }

    public static ProjectConfig read(List<SourceFile> files, Consumer<Notice> notices) {
        SourceReader reader = new SourceReader();
        Map<String, List<SpringFile>> springFolders = new LinkedHashMap<>();
        List<Configuration> configurations = new ArrayList<>();
        List<SourceFile> propertyResources = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.kind() == SourceFile.Kind.PROPERTY_RESOURCE) {
                propertyResources.add(file);
                continue;
            }
            Optional<List<ConfigDocument>> documents = parse(file, reader, notices);
            if (documents.isEmpty()) {
                continue;
            }
            Matcher spring = SPRING_FILE.matcher(fileName(file));
            if (spring.matches()) {
                springFolders.computeIfAbsent(folder(file), f -> new ArrayList<>())
                        .add(new SpringFile(spring.group(1), Optional.ofNullable(spring.group(2)),
                                spring.group(3), documents.get()));
            } else {
                for (ConfigDocument document : documents.get()) {
                    configurations.add(new Configuration(document.unit().orElse(DEFAULT_PROFILE), false, List.of(document)));
                }
            }
        }
        springFolders.values().forEach(folder -> configurations.addAll(layered(folder)));
        return new ProjectConfig(configurations, propertyResources);
    }

    /** One Spring Boot file: {@code profile} comes from its name ({@code application-prod.yml}). */
    private record SpringFile(String base, Optional<String> profile, String extension, List<ConfigDocument> documents) {

        /** Spring loads bootstrap before application, and .properties over .yml in the same folder. */
        int precedence() {
            return (base.equals("bootstrap") ? 0 : 2) + (extension.equals("properties") ? 1 : 0);
        }
    }

    private static List<Configuration> layered(List<SpringFile> folder) {
        folder.sort(Comparator.comparingInt(SpringFile::precedence));
        List<ConfigDocument> base = new ArrayList<>();
        Set<String> profiles = new LinkedHashSet<>();
        for (SpringFile file : folder) {
            file.profile().ifPresent(profiles::add);
            for (ConfigDocument document : file.documents()) {
                document.profile().ifPresent(profiles::add);
                if (file.profile().isEmpty() && document.profile().isEmpty()) {
                    base.add(document);
                }
            }
        }
        List<Configuration> configurations = new ArrayList<>();
        configurations.add(new Configuration(DEFAULT_PROFILE, !profiles.isEmpty(), base));
        for (String profile : profiles) {
            List<ConfigDocument> layers = new ArrayList<>(base);
            // Documents activated on the profile inside base files come before profile-specific files, which win.
            folder.stream().filter(f -> f.profile().isEmpty()).flatMap(f -> f.documents().stream())
                    .filter(d -> d.profile().equals(Optional.of(profile))).forEach(layers::add);
            folder.stream().filter(f -> f.profile().equals(Optional.of(profile))).flatMap(f -> f.documents().stream())
                    .filter(d -> d.profile().isEmpty() || d.profile().equals(Optional.of(profile)))
                    .forEach(layers::add);
            configurations.add(new Configuration(profile, true, layers));
        }
        return configurations;
    }

    private static Optional<List<ConfigDocument>> parse(SourceFile file, SourceReader reader, Consumer<Notice> notices) {
        SourceReader.Read read = reader.read(file);
        if (!read.ok()) {
            notices.accept(read.notice());
            return Optional.empty();
        }
        String name = fileName(file);
        try {
            if (name.endsWith(".properties")) {
                return Optional.of(new PropertiesConfigReader().read(file, read.text()));
            }
            if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                return Optional.of(new YamlConfigReader().read(file, read.text()));
            }
            if (name.endsWith(".xml")) {
                return Optional.of(new XmlConfigReader().read(file, read.text()));
            }
            return Optional.empty();
        } catch (ConfigFormatException e) {
            notices.accept(new Notice(file.relativePath(), Notice.Kind.PARSE_ERROR,
                    "cannot read configuration: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static String fileName(SourceFile file) {
        String path = file.relativePath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String folder(SourceFile file) {
        String path = file.relativePath();
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
