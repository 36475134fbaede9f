package dev.ormlint.rewriter.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.engine.BoundedWork;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityModellingTest {

    private static final Path ROOT = Path.of("/project");

    /** A model that knows the sources it was built from, by file name. */
    private record Built(List<Path> sources) implements EntityModel {
        @Override
        public boolean knows(String qualifiedName) {
            return sources.stream().anyMatch(s -> s.getFileName().toString().equals(qualifiedName + ".java"));
        }

        @Override
        public Optional<Property> property(String owner, String name) {
            return Optional.empty();
        }

        @Override
        public Optional<String> idProperty(String owner) {
            return Optional.empty();
        }

        @Override
        public String entityName(String qualifiedName) {
            return qualifiedName;
        }
    }

    private final List<Notice> notices = new ArrayList<>();

    @Test
    void aSourceTheBuilderOverflowsOnIsLeftOutAndTheOthersAreModelled() throws InterruptedException {
        // Issue 12: a 3,000-call chain overflowed Spoon's scanner and cost every query of the tree.
        EntityModel model = model(sources("A", "B", "Deep", "C", "D"), sources -> {
            if (sources.stream().anyMatch(s -> s.endsWith("Deep.java"))) {
                throw new StackOverflowError();
            }
            return new Built(sources);
        });

        assertThat(List.of("A", "B", "C", "D")).allMatch(model::knows);
        assertThat(model.knows("Deep")).isFalse();
        assertThat(notices).containsExactly(new Notice("src/Deep.java", Notice.Kind.TOO_DEEP,
                "nests or chains too deeply to follow (a stack of 64 MB overflowed); left out of the entity model, "
                        + "so queries on its entities are left as they were"));
    }

    @Test
    void everySourceThatFailsIsNamed() throws InterruptedException {
        EntityModel model = model(sources("Bad1", "A", "B", "Bad2"), sources -> {
            if (sources.stream().anyMatch(s -> s.getFileName().toString().startsWith("Bad"))) {
                throw new IllegalStateException("JDT gave up");
            }
            return new Built(sources);
        });

        assertThat(model.knows("A") && model.knows("B")).isTrue();
        assertThat(notices).extracting(Notice::path).containsExactly("src/Bad1.java", "src/Bad2.java");
        assertThat(notices).extracting(Notice::kind).containsOnly(Notice.Kind.INTERNAL_ERROR);
    }

    @Test
    void aSuccessfulBuildIsBuiltOnce() throws InterruptedException {
        List<List<Path>> builds = new ArrayList<>();
        model(sources("A", "B"), sources -> {
            builds.add(sources);
            return new Built(sources);
        });

        assertThat(builds).hasSize(1);
        assertThat(notices).isEmpty();
    }

    private EntityModel model(Set<Path> sources, java.util.function.Function<List<Path>, EntityModel> builder)
            throws InterruptedException {
        try (BoundedWork work = new BoundedWork(1, Duration.ofSeconds(20))) {
            return new EntityModelling(work, builder, notices).model(sources, ROOT);
        }
    }

    private static Set<Path> sources(String... names) {
        Set<Path> paths = new LinkedHashSet<>();
        for (String name : names) {
            paths.add(ROOT.resolve("src/" + name + ".java"));
        }
        return paths;
    }
}
