package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.Notice;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rules that failed on one file: a rule that throws is reported as a notice and skipped for the
 * rest of the file, while the other rules and files go on.
 */
final class RuleFailures {

    private final String path;
    private final Consumer<Notice> notices;
    private final Set<String> failed = new HashSet<>();

    RuleFailures(String path, Consumer<Notice> notices) {
        this.path = path;
        this.notices = notices;
    }

    /** Runs one visit of rule {@code ruleId}, unless that rule already failed on this file. */
    void run(String ruleId, Runnable visit) {
        if (failed.contains(ruleId)) {
            return;
        }
        try {
            visit.run();
        } catch (RuntimeException | StackOverflowError e) {
            failed.add(ruleId);
            notices.accept(new Notice(path, Notice.Kind.INTERNAL_ERROR,
                    "rule " + ruleId + " failed on this file and was skipped for it: " + e));
        }
    }
}
