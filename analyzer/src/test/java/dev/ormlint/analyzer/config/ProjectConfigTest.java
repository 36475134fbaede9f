package dev.ormlint.analyzer.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.testing.SourceTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigTest {

    @TempDir
    Path root;

    private final List<SourceFile> files = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    @Test
    void profileFilesAndDocumentsLayerOverTheBaseOfTheirFolder() {
        write("src/main/resources/application.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://db/shop
                    hikari.max-lifetime: 1800000
                ---
                spring.config.activate.on-profile: staging
                spring.datasource.hikari.max-lifetime: 25m
                """);
        write("src/main/resources/application.properties", "spring.datasource.hikari.pool-name=shop\n");
        write("src/main/resources/application-prod.yml", "spring.datasource.hikari.maxLifetime: ${LIFETIME:20m}\n");
        write("other/application.properties", "spring.datasource.url=jdbc:h2:mem:other\n");

        Map<String, Configuration> byLabel = read();

        assertThat(byLabel.keySet()).containsExactly("src/main/resources:default", "src/main/resources:staging",
                "src/main/resources:prod", "other:default");
        assertThat(lifetime(byLabel.get("src/main/resources:default"))).isEqualTo("1800000@src/main/resources/application.yml:4");
        assertThat(lifetime(byLabel.get("src/main/resources:staging"))).isEqualTo("25m@src/main/resources/application.yml:7");
        assertThat(lifetime(byLabel.get("src/main/resources:prod")))
                .isEqualTo("${LIFETIME:20m}@src/main/resources/application-prod.yml:1");
        assertThat(byLabel.get("src/main/resources:prod").get("spring.datasource.url")).get()
                .extracting(e -> e.range().startLine()).isEqualTo(3);
        assertThat(byLabel.get("src/main/resources:prod").has("spring.datasource.hikari.pool-name")).isTrue();
        assertThat(byLabel.get("other:default").has("spring.datasource.hikari.max-lifetime")).isFalse();
        assertThat(notices).isEmpty();
    }

    @Test
    void propertiesWinOverYamlInTheSameFolder() {
        write("config/application.properties", "spring.datasource.hikari.max-lifetime=10m\n");
        write("config/application.yml", "spring.datasource.hikari.max-lifetime: 40m\n");

        assertThat(lifetime(read().get("config:default"))).isEqualTo("10m@config/application.properties:1");
    }

    @Test
    void under() {
        write("application.yml", """
                spring.datasource:
                  url: jdbc:postgresql://db/shop
                  tomcat:
                    test-on-borrow: true
                    max-age: 1000
                """);
        write("application-prod.properties", "spring.datasource.tomcat.testOnBorrow=false\n");

        Configuration prod = read().get(":prod");

        assertThat(prod.under("spring.datasource.tomcat"))
                .extracting(e -> e.key() + "=" + e.value() + "@" + e.range().startLine())
                .containsExactly("spring.datasource.tomcat.testOnBorrow=false@1", "spring.datasource.tomcat.max-age=1000@5");
    }

    @Test
    void hibernateFilesAndPersistenceUnitsStandAlone() {
        write("src/main/resources/hibernate.properties", "hibernate.connection.url=jdbc:mysql://db/shop\n");
        write("src/main/resources/META-INF/persistence.xml", """
                <persistence>
                  <persistence-unit name="shop"/>
                  <persistence-unit name="audit"/>
                </persistence>
                """);

        assertThat(read().keySet()).containsExactly("src/main/resources:default", "src/main/resources/META-INF:shop",
                "src/main/resources/META-INF:audit");
    }

    @Test
    void malformedFilesBecomeNoticesAndTheOthersAreRead() {
        write("a/application.yml", "spring: [unclosed\n");
        write("b/hibernate.cfg.xml", "<hibernate-configuration>");
        write("c/application.properties", "spring.datasource.url=jdbc:postgresql://db/shop\n");

        assertThat(read().keySet()).containsExactly("c:default");
        assertThat(notices).extracting(Notice::path, Notice::kind).containsExactly(
                Tuple.tuple("a/application.yml", Notice.Kind.PARSE_ERROR),
                Tuple.tuple("b/hibernate.cfg.xml", Notice.Kind.PARSE_ERROR));
    }

    @Test
    void propertyResourcesAreReadOnlyWhenAskedForByClassPathLocation() {
        write("src/main/resources/application.properties", "spring.datasource.url=jdbc:postgresql://db/shop\n");
        writeResource("batch/src/main/resources/org/acme/remote.properties", "datasource.url=jdbc:hsqldb:mem:batch\n");
        writeResource("tools/src/main/resources/org/acme/remote.properties", "datasource.url=jdbc:h2:mem:tools\n");
        writeResource("web/src/main/resources/i18n/messages.properties", "\\u00");

        ProjectConfig project = ProjectConfig.read(files, notices::add);

        assertThat(project.configurations()).hasSize(1);
        assertThat(project.propertyResource("classpath:org/acme/remote.properties"))
                .flatExtracting(ConfigDocument::entries).extracting(ConfigEntry::value)
                .containsExactly("jdbc:hsqldb:mem:batch", "jdbc:h2:mem:tools");
        assertThat(project.propertyResource("classpath*:/org/acme/remote.properties")).hasSize(2);
        assertThat(project.propertyResource("acme/remote.properties")).isEmpty();
        assertThat(project.propertyResource("classpath:i18n/messages.properties")).isEmpty();
        assertThat(notices).isEmpty();
    }

    private void write(String relativePath, String text) {
        files.add(new SourceFile(SourceTree.at(root).write(relativePath, text), relativePath, SourceFile.Kind.CONFIG));
    }

    private void writeResource(String relativePath, String text) {
        files.add(new SourceFile(SourceTree.at(root).write(relativePath, text), relativePath,
                SourceFile.Kind.PROPERTY_RESOURCE));
    }

    /** Configurations keyed {@code folder:label}, in the order they are read. */
    private Map<String, Configuration> read() {
        Map<String, Configuration> byLabel = new LinkedHashMap<>();
        for (Configuration configuration : ProjectConfig.read(files, notices::add).configurations()) {
            String path = configuration.layers().get(0).file().relativePath();
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            byLabel.put(folder + ":" + configuration.label(), configuration);
        }
        return byLabel;
    }

    private static String lifetime(Configuration configuration) {
        ConfigEntry entry = configuration.get("spring.datasource.hikari.max-lifetime").orElseThrow();
        return entry.value() + "@" + entry.file().relativePath() + ":" + entry.range().startLine();
    }
}
