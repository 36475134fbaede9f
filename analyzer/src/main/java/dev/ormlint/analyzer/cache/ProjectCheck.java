package dev.ormlint.analyzer.cache;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import java.util.List;

/** What the project rules found over the configuration files, and the notices of files they could not read. */
public record ProjectCheck(List<Finding> findings, List<Notice> notices) {

    public ProjectCheck {
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
    }
}
