package dev.ormlint.analyzer.report;

import dev.ormlint.analyzer.Notice;
import java.util.Locale;

/** The names notice kinds go by in every output format: {@code PARSE_ERROR} is {@code parse-error}. */
final class NoticeKinds {

    private NoticeKinds() {
    }

    static String label(Notice.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
