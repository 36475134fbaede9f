package dev.ormlint.analyzer.report;

import java.util.ArrayList;
import java.util.List;

/** Reads the parts of a rule's markdown doc page that reports quote. */
final class RuleDocs {

    private RuleDocs() {
    }

    /**
     * The page's first prose paragraph, joined onto one line: what the rule finds. Headings and the
     * bold metadata line under the title ({@code **Severity:** ...}) are skipped. Empty when the page
     * has no prose.
     */
    static String firstParagraph(String markdown) {
        List<String> paragraph = new ArrayList<>();
        for (String line : markdown.split("\\R")) {
            String text = line.strip();
            boolean prose = !text.isEmpty() && !text.startsWith("#") && !text.startsWith("**") && !text.startsWith("```");
            if (prose) {
                paragraph.add(text);
            } else if (!paragraph.isEmpty()) {
                break;
            }
        }
        return String.join(" ", paragraph);
    }
}
