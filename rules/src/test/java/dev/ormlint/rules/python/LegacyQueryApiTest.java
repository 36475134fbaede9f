package dev.ormlint.rules.python;

import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class LegacyQueryApiTest {

    private static final String RULE = "LegacyQueryApi";

    @Test
    void legacyQueries() {
        RuleTester.of(new LegacyQueryApi())
                .addSource("app/worker.py", Cases.python(RULE, "legacy-queries"))
                .expectMarkedFindings();
    }

    @Test
    void selectStyleAndOtherQueriesStaySilent() {
        RuleTester.of(new LegacyQueryApi())
                .addSource("app/worker.py", Cases.python(RULE, "select-style-and-other-queries"))
                .expectNoFindings();
    }
}
