package dev.ormlint.rules.python;

import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class ResultMethodOnSelectTest {

    private static final String RULE = "ResultMethodOnSelect";

    @Test
    void resultMethodsOnStatements() {
        RuleTester.of(new ResultMethodOnSelect())
                .addSource("app/queries.py", Cases.python(RULE, "result-methods-on-statements"))
                .expectMarkedFindings();
    }

    @Test
    void resultMethodsOnResultsAndQueriesStaySilent() {
        RuleTester.of(new ResultMethodOnSelect())
                .addSource("app/queries.py", Cases.python(RULE, "result-methods-on-results-and-queries"))
                .expectNoFindings();
    }
}
