package dev.ormlint.analyzer.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import dev.ormlint.analyzer.AtomicFiles;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.index.MethodBody;
import dev.ormlint.analyzer.index.MethodInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads and writes {@link CacheContents}, as Smile (Jackson's binary JSON: names and short strings
 * that repeat, type names above all, are written once and referred to after). The file is replaced atomically, so that scans sharing it
 * (two builds at once) each read a whole cache, the last writer's. A file that is not a cache this
 * build can read is never an error: another version's is ignored silently (it is simply out of
 * date); an unreadable, truncated, corrupt or foreign one is ignored with a notice, and the scan
 * writes a good one over it.
 */
final class CacheFile {

    private static final ObjectMapper MAPPER = mapper();
    /** How every Smile document starts (the format's signature). */
    private static final byte[] SMILE_HEADER = {':', ')', '\n'};
    /** How the JSON caches of earlier builds start. */
    private static final byte[] JSON_CACHE = ("{\"cache\":\"" + CacheContents.MARKER + "\"").getBytes(StandardCharsets.UTF_8);

    private CacheFile() {
    }

    /**
     * Records' components are their fields; no getter-like method ({@code isArray()}) is a property.
     * Empty collections, zeros and falses, most of what a type's declaration holds, are left out
     * and read back as such: the file is half the size and reads in half the time.
     */
    private static ObjectMapper mapper() {
        SmileFactory smile = SmileFactory.builder().enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES).build();
        ObjectMapper mapper = new ObjectMapper(smile)
                .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        for (Class<?> collection : List.of(List.class, Set.class, Map.class)) {
            mapper.configOverride(collection)
                    .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
                    .setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
        }
        mapper.addMixIn(MethodInfo.class, UnknownBodyLeftOut.class);
        for (Class<?> primitive : List.of(int.class, boolean.class)) {
            mapper.configOverride(primitive)
                    .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.ALWAYS));
        }
        return mapper;
    }

    /**
     * {@link MethodBody#NONE} (no body, or one the index pass left out) is written as no body at
     * all: written as the empty body it looks like, it would read back as a known body that calls
     * nothing, and an interface method's summary would no longer be its implementations'.
     */
    private abstract static class UnknownBodyLeftOut {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = UnknownBody.class)
        private MethodBody body;
    }

    /** Jackson's filter for {@link UnknownBodyLeftOut}: "equal" to the values it leaves out. */
    private static final class UnknownBody {
        @Override
        public boolean equals(Object value) {
            return value == MethodBody.NONE;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** The cache at {@code file} when it is one {@code engine} wrote; empty otherwise. */
    static Optional<CacheContents> read(Path file, String engine, Consumer<Notice> notices) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (!Files.exists(file)) {
                return Optional.empty(); // e.g. a folder on its way is a file: writing it will say so
            }
            notices.accept(ignored(file, "cannot be read (" + e.getMessage() + ")"));
            return Optional.empty();
        }
        if (startsWith(bytes, JSON_CACHE)) {
            return Optional.empty(); // written by an earlier build, in JSON
        }
        try {
            Optional<String> writer = startsWith(bytes, SMILE_HEADER) ? writerOf(bytes) : Optional.empty();
            if (writer.isEmpty()) {
                notices.accept(ignored(file, "is not an ormlint cache"));
                return Optional.empty();
            }
            if (!writer.get().equals(CacheContents.FORMAT + " " + engine)) {
                return Optional.empty();
            }
            CacheContents contents = MAPPER.readValue(bytes, CacheContents.class);
            if (contents.settings() == null) {
                notices.accept(ignored(file, "is incomplete"));
                return Optional.empty();
            }
            return Optional.of(contents);
        } catch (IOException | RuntimeException e) {
            notices.accept(ignored(file, "is truncated or corrupt (" + firstLine(e.getMessage()) + ")"));
            return Optional.empty();
        }
    }

    static void write(Path file, CacheContents contents) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(contents));
    }

    /**
     * The format and engine a cache was written with, read from its first fields without reading
     * the rest; empty when the file does not start as a cache does.
     */
    private static Optional<String> writerOf(byte[] bytes) throws IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT
                    || !"cache".equals(parser.nextFieldName()) || parser.nextToken() != JsonToken.VALUE_STRING
                    || !CacheContents.MARKER.equals(parser.getText())
                    || !"format".equals(parser.nextFieldName()) || parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                return Optional.empty();
            }
            int format = parser.getIntValue();
            if (!"engine".equals(parser.nextFieldName()) || parser.nextToken() != JsonToken.VALUE_STRING) {
                return Optional.empty();
            }
            return Optional.of(format + " " + parser.getText());
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static Notice ignored(Path file, String why) {
        return new Notice("", Notice.Kind.CACHE, "the cache file " + file + " " + why
                + "; it was ignored: this scan read every file, and writes the cache again");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
