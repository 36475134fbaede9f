package dev.ormlint.analyzer.config;

import static dev.ormlint.analyzer.config.ConfigTestFiles.describe;
import static dev.ormlint.analyzer.config.ConfigTestFiles.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormlint.analyzer.Notice;
import java.time.Duration;
import java.util.ArrayList;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class YamlConfigReaderTest {

    private final List<Notice> notices = new ArrayList<>();
    private final YamlConfigReader reader = new YamlConfigReader(notices::add);

    @Test
    void nestedKeysFlattenWithTheLineOfTheirKey() throws Exception {
        List<ConfigDocument> documents = reader.read(file("application.yml"), """
                spring:
                  datasource:
                    url: jdbc:postgresql://db/shop
                    hikari:
                      maxLifetime: 20m
                      data-source-properties:
                        - one
                        - two
                  jpa.open-in-view: false
                """);

        assertThat(documents).singleElement().satisfies(d -> assertThat(describe(d)).containsExactly(
                "spring.datasource.url=jdbc:postgresql://db/shop@3",
                "spring.datasource.hikari.maxLifetime=20m@5",
                "spring.datasource.hikari.data-source-properties[0]=one@7",
                "spring.datasource.hikari.data-source-properties[1]=two@8",
                "spring.jpa.open-in-view=false@9"));
        assertThat(documents.get(0).entries().get(1).range().startColumn()).isEqualTo(7);
    }

    @Test
    void multiDocumentFilesCarryTheirProfiles() throws Exception {
        List<ConfigDocument> documents = reader.read(file("application.yml"), """
                spring:
                  datasource:
                    url: jdbc:postgresql://db/shop
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  datasource.hikari.max-lifetime: PT20M
                ---
                spring.profiles: legacy
                spring.datasource.hikari.max-lifetime: 0
                """);

        assertThat(documents).extracting(ConfigDocument::profile)
                .containsExactly(Optional.empty(), Optional.of("prod"), Optional.of("legacy"));
        assertThat(documents.get(1).entries().get(1).durationValue(ChronoUnit.MILLIS))
                .contains(Duration.ofMinutes(20));
        assertThat(documents.get(1).entries().get(1).range().startLine()).isEqualTo(9);
        assertThat(describe(documents.get(2))).containsExactly(
                "spring.profiles=legacy@11", "spring.datasource.hikari.max-lifetime=0@12");
    }

    @Test
    @Timeout(10)
    void billionLaughsIsRefusedWithoutExpansion() {
        String laughs = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;

        assertThatThrownBy(() -> reader.read(file("application.yml"), laughs))
                .isInstanceOf(ConfigFormatException.class)
                .hasMessageContaining("aliases");
    }

    @Test
    @Timeout(10)
    void fewAliasesThatStillExpandTooFarAreRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [" + "x,".repeat(999) + "x]\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("k").append(i).append(": *a\n");
        }

        assertThatThrownBy(() -> reader.read(file("application.yml"), yaml.toString()))
                .isInstanceOf(ConfigFormatException.class)
                .hasMessageContaining("more than " + YamlConfigReader.MAX_ENTRIES);
    }

    @Test
    @Timeout(10)
    void deepNestingIsRefusedBeforeTheComposerRecurses() {
        String deep = "a: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";

        assertThatThrownBy(() -> reader.read(file("application.yml"), deep))
                .isInstanceOf(ConfigFormatException.class)
                .hasMessage("line 1: nested more than " + YamlConfigReader.MAX_NESTING + " levels deep, not read");
    }

    @Test
    void tagsConstructNothing() throws Exception {
        List<ConfigDocument> documents = reader.read(file("application.yml"),
                "spring.datasource.url: !!javax.script.ScriptEngineManager [x]\nother: !custom 5\n");

        assertThat(describe(documents.get(0))).containsExactly("spring.datasource.url[0]=x@1", "other=5@2");
    }

    @Test
    void malformedYamlIsAFormatError() {
        assertThatThrownBy(() -> reader.read(file("application.yml"), "spring:\n  datasource: [unclosed\n"))
                .isInstanceOf(ConfigFormatException.class)
                .hasMessageStartingWith("line 3: ");
    }

    @Test
    void aSelfReferencingAliasIsLeftOutAndTheRestOfTheFileIsRead() throws Exception {
        // Issue 12: `a: &a [*a]` overflowed the stack of both pool rules and lost the file's real finding.
        List<ConfigDocument> documents = reader.read(file("application.yml"), """
                loop: &a [1, *a]
                spring.datasource.hikari.max-lifetime: 0
                """);

        assertThat(describe(documents.get(0))).containsExactly("loop[0]=1@1", "spring.datasource.hikari.max-lifetime=0@2");
        assertThat(notices).containsExactly(new Notice("application.yml", Notice.Kind.PARSE_ERROR,
                "line 1: 'loop[1]' is an alias of a collection that contains it (an alias cycle); left out, the rest is read"));
    }

    @Test
    void aMergeKeyIntoItsOwnMappingIsLeftOut() throws Exception {
        List<ConfigDocument> documents = reader.read(file("application.yml"), """
                base: &base
                  url: jdbc:postgresql://db/shop
                  <<: *base
                spring.datasource.hikari.max-lifetime: 0
                """);

        assertThat(describe(documents.get(0)))
                .containsExactly("base.url=jdbc:postgresql://db/shop@2", "spring.datasource.hikari.max-lifetime=0@4");
        assertThat(notices).extracting(Notice::message).singleElement().asString().startsWith("line 3: 'base.<<' is an alias");
    }

    @Test
    void theSameCollectionUnderTwoKeysIsNoCycle() throws Exception {
        List<ConfigDocument> documents = reader.read(file("application.yml"), """
                defaults: &defaults {max-lifetime: 20m}
                primary: *defaults
                """);

        assertThat(describe(documents.get(0)))
                .containsExactly("defaults.max-lifetime=20m@1", "primary.max-lifetime=20m@1");
        assertThat(notices).isEmpty();
    }
}
