/**
 * Java code with no persistence at all, as most of any code base is: DTO records, web controllers,
 * text parsers, enums with behaviour, statistics helpers, exceptions. Documented, with loops,
 * switches, lambdas and streams, so that parsing it costs what real code costs. None of it may
 * produce an ormlint finding.
 */
final class PlainCode {

    private PlainCode() {
    }

    static String dto(String pkg, String name, int variant) {
        String extra = variant % 2 == 0 ? ",\n        java.util.List<String> tags" : "";
        return """
                package %1$s.api;

                import java.math.BigDecimal;
                import java.time.LocalDate;
                import java.util.Objects;

                /**
                 * What the API returns for one %2$s: a flat, immutable view that clients can cache.
                 *
                 * @param id        the identifier clients use in URLs
                 * @param reference the human-readable reference printed on documents
                 * @param total     the amount, never negative
                 * @param dueDate   when payment is due, if the order is invoiced
                 */
                public record %2$sDto(
                        long id,
                        String reference,
                        BigDecimal total,
                        LocalDate dueDate%3$s) {

                    public %2$sDto {
                        Objects.requireNonNull(reference, "reference");
                        if (total.signum() < 0) {
                            throw new IllegalArgumentException("total must not be negative: " + total);
                        }
                    }

                    /** Whether the order is overdue on {@code today}; orders without a due date never are. */
                    public boolean overdueOn(LocalDate today) {
                        return dueDate != null && dueDate.isBefore(today);
                    }

                    public %2$sDto withTotal(BigDecimal newTotal) {
                        return new %2$sDto(id, reference, newTotal, dueDate%4$s);
                    }
                }
                """.formatted(pkg, name, extra, extra.isEmpty() ? "" : ", tags");
    }

    static String controller(String pkg, String name) {
        return """
                package %1$s.web;

                import %1$s.api.%2$sDto;
                import %1$s.text.%2$sParser;
                import java.math.BigDecimal;
                import java.time.LocalDate;
                import java.util.ArrayList;
                import java.util.Comparator;
                import java.util.List;
                import java.util.Map;
                import java.util.concurrent.ConcurrentHashMap;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.PathVariable;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.bind.annotation.RequestBody;
                import org.springframework.web.bind.annotation.RequestMapping;
                import org.springframework.web.bind.annotation.RestController;

                /**
                 * HTTP endpoints for %2$s documents. Keeps recent uploads in memory; the documents
                 * themselves come from the parser, not from a database.
                 */
                @RestController
                @RequestMapping("/api/%3$s")
                public class %2$sController {

                    private final Map<Long, %2$sDto> recent = new ConcurrentHashMap<>();
                    private final %2$sParser parser = new %2$sParser();

                    @GetMapping("/{id}")
                    public ResponseEntity<%2$sDto> get(@PathVariable long id) {
                        %2$sDto dto = recent.get(id);
                        return dto == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(dto);
                    }

                    @GetMapping("/overdue")
                    public List<%2$sDto> overdue() {
                        LocalDate today = LocalDate.now();
                        return recent.values().stream()
                                .filter(dto -> dto.overdueOn(today))
                                .sorted(Comparator.comparing(%2$sDto::dueDate))
                                .toList();
                    }

                    /** Accepts a CSV upload; rejects the whole upload when one line is invalid. */
                    @PostMapping
                    public ResponseEntity<List<Long>> upload(@RequestBody String csv) {
                        List<Long> ids = new ArrayList<>();
                        for (String line : csv.split("\\n")) {
                            if (line.isBlank() || line.startsWith("#")) {
                                continue;
                            }
                            %2$sDto dto = parser.parseLine(line);
                            recent.put(dto.id(), dto);
                            ids.add(dto.id());
                        }
                        return ResponseEntity.ok(ids);
                    }

                    @GetMapping("/total")
                    public BigDecimal total() {
                        BigDecimal sum = BigDecimal.ZERO;
                        for (%2$sDto dto : recent.values()) {
                            sum = sum.add(dto.total());
                        }
                        return sum;
                    }
                }
                """.formatted(pkg, name, name.toLowerCase());
    }

    static String parser(String pkg, String name, int variant) {
        StringBuilder checks = new StringBuilder();
        for (int i = 0; i < 3 + variant; i++) {
            checks.append("""

                        /** Field %1$d: trimmed, at most %2$d characters, letters, digits and dashes only. */
                        static String field%1$d(String[] parts) {
                            if (parts.length <= %1$d) {
                                throw new IllegalArgumentException("missing field %1$d");
                            }
                            String value = parts[%1$d].trim();
                            if (value.length() > %2$d) {
                                value = value.substring(0, %2$d);
                            }
                            StringBuilder clean = new StringBuilder(value.length());
                            for (int i = 0; i < value.length(); i++) {
                                char c = value.charAt(i);
                                if (Character.isLetterOrDigit(c) || c == '-') {
                                    clean.append(c);
                                }
                            }
                            return clean.toString();
                        }
                    """.formatted(i, 8 + 4 * i));
        }
        return """
                package %1$s.text;

                import %1$s.api.%2$sDto;
                import java.math.BigDecimal;
                import java.time.LocalDate;
                import java.time.format.DateTimeParseException;
                import java.util.regex.Pattern;

                /**
                 * Reads %2$s documents from CSV lines: {@code id;reference;total;due-date}. Lenient about
                 * whitespace, strict about numbers: a malformed amount is an error, never a zero.
                 */
                public final class %2$sParser {

                    private static final Pattern SEPARATOR = Pattern.compile("\\\\s*;\\\\s*");
                    private static final Pattern AMOUNT = Pattern.compile("-?\\\\d{1,12}(\\\\.\\\\d{1,2})?");

                    public %2$sDto parseLine(String line) {
                        String[] parts = SEPARATOR.split(line.strip());
                        long id = Long.parseLong(parts[0]);
                        String reference = field1(parts);
                        if (!AMOUNT.matcher(parts[2]).matches()) {
                            throw new IllegalArgumentException("not an amount: " + parts[2]);
                        }
                        BigDecimal total = new BigDecimal(parts[2]);
                        LocalDate due = null;
                        if (parts.length > 3 && !parts[3].isEmpty()) {
                            try {
                                due = LocalDate.parse(parts[3]);
                            } catch (DateTimeParseException e) {
                                throw new IllegalArgumentException("not a date: " + parts[3], e);
                            }
                        }
                        return new %2$sDto(id, reference, total, due%3$s);
                    }
                %4$s}
                """.formatted(pkg, name, variant % 2 == 0 ? ", java.util.List.of()" : "", checks);
    }

    static String status(String pkg, int m) {
        return """
                package %1$s.text;

                import java.util.EnumSet;
                import java.util.Set;

                /** Lifecycle of a document; the allowed transitions are the whole point of this type. */
                public enum Status%2$d {
                    DRAFT, SUBMITTED, APPROVED, REJECTED, ARCHIVED;

                    /** The states a document in this state may move to next. */
                    public Set<Status%2$d> next() {
                        return switch (this) {
                            case DRAFT -> EnumSet.of(SUBMITTED, ARCHIVED);
                            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED);
                            case APPROVED, REJECTED -> EnumSet.of(ARCHIVED);
                            case ARCHIVED -> EnumSet.noneOf(Status%2$d.class);
                        };
                    }

                    public boolean canMoveTo(Status%2$d target) {
                        return next().contains(target);
                    }

                    public static Status%2$d parse(String text) {
                        for (Status%2$d status : values()) {
                            if (status.name().equalsIgnoreCase(text.trim())) {
                                return status;
                            }
                        }
                        throw new IllegalArgumentException("unknown status: " + text);
                    }
                }
                """.formatted(pkg, m);
    }

    static String stats(String pkg, int m) {
        return """
                package %1$s.text;

                import java.util.Arrays;
                import java.util.List;
                import java.util.Map;
                import java.util.TreeMap;
                import java.util.function.Function;
                import java.util.stream.Collectors;

                /** Descriptive statistics for report footers. All methods accept empty input. */
                public final class Stats%2$d {

                    private Stats%2$d() {
                    }

                    public static double mean(double[] values) {
                        if (values.length == 0) {
                            return Double.NaN;
                        }
                        double sum = 0;
                        for (double v : values) {
                            sum += v;
                        }
                        return sum / values.length;
                    }

                    /** The median; averages the two middle values of an even-sized input. */
                    public static double median(double[] values) {
                        if (values.length == 0) {
                            return Double.NaN;
                        }
                        double[] sorted = values.clone();
                        Arrays.sort(sorted);
                        int mid = sorted.length / 2;
                        return sorted.length %% 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
                    }

                    public static double standardDeviation(double[] values) {
                        double mean = mean(values);
                        double squares = 0;
                        for (double v : values) {
                            squares += (v - mean) * (v - mean);
                        }
                        return values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1));
                    }

                    /** Counts per key, in key order, for a stable report. */
                    public static <T> Map<String, Long> histogram(List<T> items, Function<T, String> key) {
                        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
                    }

                    public static String bar(long count, long max, int width) {
                        int filled = max == 0 ? 0 : (int) Math.round((double) count / max * width);
                        return "#".repeat(filled) + ".".repeat(width - filled);
                    }
                }
                """.formatted(pkg, m);
    }

    static String exception(String pkg, int m) {
        return """
                package %1$s.text;

                /** Input that a parser of this module rejects, with the line it came from. */
                public class InvalidInput%2$dException extends RuntimeException {

                    private final int line;

                    public InvalidInput%2$dException(String message, int line, Throwable cause) {
                        super(message + " (line " + line + ")", cause);
                        this.line = line;
                    }

                    public int line() {
                        return line;
                    }
                }
                """.formatted(pkg, m);
    }
}
