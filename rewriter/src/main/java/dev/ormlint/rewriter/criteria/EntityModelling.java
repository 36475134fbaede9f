package dev.ormlint.rewriter.criteria;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.engine.BoundedWork;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the Spoon model of the entity sources on a worker of a {@link BoundedWork}, within a
 * budget of one file's budget per source. Spoon (through JDT) builds one model of all the sources
 * at once, so one pathological source would cost every query: when the build fails or runs out of
 * time, the sources are halved until each failing part is a single file, and the model is built
 * again without those files, each of which becomes a notice.
 */
final class EntityModelling {

    private final BoundedWork work;
    private final Function<List<Path>, EntityModel> builder;
    private final List<Notice> notices;

    /** Models with Spoon, sources read in {@code encoding}. */
    EntityModelling(BoundedWork work, Charset encoding, List<Notice> notices) {
        this(work, sources -> SpoonEntityModel.of(sources, encoding), notices);
    }

    /** @param builder models a set of sources, or throws (a stack overflow, say) */
    EntityModelling(BoundedWork work, Function<List<Path>, EntityModel> builder, List<Notice> notices) {
        this.work = work;
        this.builder = builder;
        this.notices = notices;
    }

    /** @param root what the notices' paths are relative to */
    EntityModel model(Set<Path> sources, Path root) throws InterruptedException {
        Attempt whole = build(List.copyOf(sources));
        if (whole.model().isPresent()) {
            return whole.model().get();
        }
        Set<Path> left = new LinkedHashSet<>();
        if (sources.size() > 1) {
            failing(List.copyOf(sources), left, root);
        }
        List<Path> rest = sources.stream().filter(s -> !left.contains(s)).toList();
        Attempt without = left.isEmpty() ? whole : build(rest);
        if (without.model().isPresent()) {
            return without.model().get();
        }
        notices.add(without.outcome().notice("", budgetFor(rest.size()),
                "the entity sources could not be modelled, no query can be migrated"));
        return builder.apply(List.of());
    }

    /** One build: the model, or the outcome that says why there is none. */
    private record Attempt(Optional<EntityModel> model, BoundedWork.Outcome<EntityModel> outcome) {
    }

    private Attempt build(List<Path> sources) throws InterruptedException {
        BoundedWork.Outcome<EntityModel> outcome = work.map(List.of(sources), builder, budgetFor(sources.size())).get(0);
        return new Attempt(outcome.ok() ? Optional.of(outcome.value()) : Optional.empty(), outcome);
    }

    /** Adds to {@code found} the files of {@code sources} (whose build failed) that fail alone, with a notice each. */
    private void failing(List<Path> sources, Set<Path> found, Path root) throws InterruptedException {
        if (sources.size() == 1) {
            return;
        }
        int middle = sources.size() / 2;
        for (List<Path> half : List.of(sources.subList(0, middle), sources.subList(middle, sources.size()))) {
            Attempt attempt = build(half);
            if (attempt.model().isPresent()) {
                continue;
            }
            if (half.size() == 1) {
                found.add(half.get(0));
                notices.add(attempt.outcome().notice(relative(root, half.get(0)), budgetFor(1),
                        "left out of the entity model, so queries on its entities are left as they were"));
            } else {
                failing(half, found, root);
            }
        }
    }

    private Duration budgetFor(int sources) {
        return work.budget().multipliedBy(Math.max(1, sources));
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
