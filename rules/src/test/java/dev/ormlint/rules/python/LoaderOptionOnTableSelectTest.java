package dev.ormlint.rules.python;

import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class LoaderOptionOnTableSelectTest {

    private static final String RULE = "LoaderOptionOnTableSelect";

    @Test
    void optionsOnTableAndColumnSelects() {
        RuleTester.of(new LoaderOptionOnTableSelect())
                .addSource("app/queries.py", Cases.python(RULE, "options-on-table-and-column-selects"))
                .expectMarkedFindings();
    }

    @Test
    void optionsOnEntitySelectsStaySilent() {
        RuleTester.of(new LoaderOptionOnTableSelect())
                .addSource("app/queries.py", Cases.python(RULE, "options-on-entity-selects"))
                .expectNoFindings();
    }
}
