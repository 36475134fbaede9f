package dev.ormlint.analyzer.config;

import static dev.ormlint.analyzer.config.ConfigTestFiles.describe;
import static dev.ormlint.analyzer.config.ConfigTestFiles.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PropertiesConfigReaderTest {

    private final PropertiesConfigReader reader = new PropertiesConfigReader();

    @Test
    void keysValuesAndLinesAcrossCommentsSeparatorsAndContinuations() throws Exception {
        List<ConfigDocument> documents = reader.read(file("application.properties"), """
                # the shop database
                spring.datasource.url=jdbc:postgresql://db/shop
                ! also a comment
                spring.datasource.username : shop

                spring.datasource.hikari.max-lifetime 1200000
                spring.datasource.hikari.pool-name=a\\
                    long\\
                    name
                   spring.datasource.hikari.connection-test-query=select\\u0020 1
                escaped\\=key=value
                """);

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.profile()).isEmpty();
            assertThat(describe(d)).containsExactly(
                    "spring.datasource.url=jdbc:postgresql://db/shop@2",
                    "spring.datasource.username=shop@4",
                    "spring.datasource.hikari.max-lifetime=1200000@6",
                    "spring.datasource.hikari.pool-name=alongname@7",
                    "spring.datasource.hikari.connection-test-query=select  1@10",
                    "escaped=key=value@11");
            assertThat(d.entries().get(4).range().startColumn()).isEqualTo(4);
        });
    }

    @Test
    void springMultiDocumentPropertiesWithProfileActivation() throws Exception {
        List<ConfigDocument> documents = reader.read(file("application.properties"), """
                spring.datasource.url=jdbc:postgresql://db/shop
                #---
                spring.config.activate.on-profile=prod
                spring.datasource.hikari.max-lifetime=20m
                """);

        assertThat(documents).extracting(ConfigDocument::profile).containsExactly(Optional.empty(), Optional.of("prod"));
        assertThat(describe(documents.get(1))).containsExactly(
                "spring.config.activate.on-profile=prod@3", "spring.datasource.hikari.max-lifetime=20m@4");
    }

    @Test
    void quarkusProfilePrefixesFormProfileDocuments() throws Exception {
        List<ConfigDocument> documents = reader.read(file("application.properties"), """
                quarkus.datasource.jdbc.url=jdbc:postgresql://db/shop
                %prod.quarkus.datasource.jdbc.max-lifetime=20M
                %dev.quarkus.datasource.jdbc.max-lifetime=0
                """);

        assertThat(documents).extracting(ConfigDocument::profile)
                .containsExactly(Optional.empty(), Optional.of("prod"), Optional.of("dev"));
        assertThat(describe(documents.get(1))).containsExactly("quarkus.datasource.jdbc.max-lifetime=20M@2");
        assertThat(describe(documents.get(2))).containsExactly("quarkus.datasource.jdbc.max-lifetime=0@3");
    }

    @Test
    void malformedUnicodeEscapeIsAFormatError() {
        assertThatThrownBy(() -> reader.read(file("hibernate.properties"), "a=1\nb=\\uZZZZ\n"))
                .isInstanceOf(ConfigFormatException.class)
                .hasMessageStartingWith("line 2:");
    }
}
