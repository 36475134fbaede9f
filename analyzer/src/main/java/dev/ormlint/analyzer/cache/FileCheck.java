package dev.ormlint.analyzer.cache;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import java.util.List;

/** What the rule pass found in one file, and the notices it gave (a parse error in a body, a failed rule). */
public record FileCheck(List<Finding> findings, List<Notice> notices) {

    public FileCheck {
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
    }

    public static FileCheck of(Notice notice) {
        return new FileCheck(List.of(), List.of(notice));
    }
}
