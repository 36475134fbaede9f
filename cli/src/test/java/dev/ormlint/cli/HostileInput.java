package dev.ormlint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Hostile variants of the project's own fixtures, made by a seeded generator so that a failing
 * case can be made again: lines and tokens deleted or duplicated, files cut short, brackets nested
 * around the nesting limit, long call chains, odd bytes (NUL, invalid UTF-8, terminal escapes,
 * bidirectional overrides, Unicode escapes), YAML alias cycles and numbers beyond a long.
 */
final class HostileInput {

    /** One mutation of a file's text; the result is written in UTF-8 unless it holds raw bytes of its own. */
    private record Mutation(String name, BiFunction<String, Random, String> apply) {
    }

    /** Bytes that are not UTF-8 text, carried through the string mutations as a marker. */
    private static final String RAW_MARKER = "\uE000RAW\uE000";
    private static final List<String> ODD_TEXT = List.of("\u001b[2J", "\r", "\u202e", "\\u000a", "\u0000", "\uFEFF",
            "\u0085", "\\u", "\"\"\"", "/*", "'", RAW_MARKER);
    private static final int[] NESTING = {10, 200, 999, 1001, 3000};

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("delete a line", (text, random) -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                if (!lines.isEmpty()) {
                    lines.remove(random.nextInt(lines.size()));
                }
                return String.join("\n", lines);
            }),
            new Mutation("delete a token", (text, random) -> {
                int at = random.nextInt(text.length() + 1);
                int end = at;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                return text.substring(0, at) + text.substring(Math.min(text.length(), Math.max(end, at + 1)));
            }),
            new Mutation("duplicate a line", (text, random) -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                if (!lines.isEmpty()) {
                    int at = random.nextInt(lines.size());
                    lines.add(at, lines.get(at));
                }
                return String.join("\n", lines);
            }),
            new Mutation("truncate", (text, random) -> text.substring(0, random.nextInt(text.length() + 1))),
            new Mutation("nest brackets deeply", (text, random) -> {
                int depth = NESTING[random.nextInt(NESTING.length)];
                int at = Math.max(0, text.indexOf("class "));
                String open = random.nextBoolean() ? "@A(" : "(";
                return text.substring(0, at) + open.repeat(depth) + "1" + ")".repeat(depth) + " " + text.substring(at);
            }),
            new Mutation("chain calls", (text, random) -> {
                int at = text.indexOf(".createCriteria(");
                int end = at < 0 ? -1 : text.indexOf(')', at);
                String chain = ".add(Restrictions.eq(\"name\", \"v\"))".repeat(20 + random.nextInt(180));
                return end < 0 ? text + "\nclass Chained { Object q(org.hibernate.Session s) { return s.createCriteria("
                        + "Chained.class)" + chain + ".list(); } }\n" : text.substring(0, end + 1) + chain + text.substring(end + 1);
            }),
            new Mutation("insert odd characters", (text, random) -> {
                int at = random.nextInt(text.length() + 1);
                return text.substring(0, at) + ODD_TEXT.get(random.nextInt(ODD_TEXT.size())) + text.substring(at);
            }),
            new Mutation("alias cycle", (text, random) -> text + "\nloop: &loop [1, *loop]\nbase: &base\n  x: 1\n  <<: *base\n"),
            new Mutation("number beyond a long", (text, random) -> text.replaceFirst("\\d+", "99999999999999999999")));

    private HostileInput() {
    }

    /**
     * Writes {@code count} mutated copies of the files under {@code seeds} into {@code tree}, each in
     * a folder of its own, with its own relative path (so configuration files keep the names rules read).
     *
     * @return the files written, relative to {@code tree}
     */
    static List<String> write(List<Path> seeds, Path tree, int count, long seed) {
        List<Path> sources = sources(seeds);
        Random random = new Random(seed);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path source = sources.get(random.nextInt(sources.size()));
            String text = read(source);
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                text = MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply().apply(text, random);
            }
            String relative = String.format("case-%03d/%s", i, relativeName(seeds, source));
            writeBytes(tree.resolve(relative), text);
            written.add(relative);
        }
        return written;
    }

    private static List<Path> sources(List<Path> seeds) {
        List<Path> sources = new ArrayList<>();
        for (Path seed : seeds) {
            try (Stream<Path> walk = Files.walk(seed)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(java|yml|yaml|properties|xml)$"))
                        .sorted()
                        .forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static String relativeName(List<Path> seeds, Path source) {
        for (Path seed : seeds) {
            if (source.startsWith(seed)) {
                return seed.getFileName() + "/" + seed.relativize(source).toString().replace('\\', '/');
            }
        }
        return source.getFileName().toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} in UTF-8, with bytes that are no UTF-8 at all where it holds the raw marker. */
    private static void writeBytes(Path file, String text) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        String[] parts = text.split(RAW_MARKER, -1);
        for (int i = 0; i < parts.length; i++) {
            content.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                content.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3});
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
