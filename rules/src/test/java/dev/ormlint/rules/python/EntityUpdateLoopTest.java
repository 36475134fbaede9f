package dev.ormlint.rules.python;

import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class EntityUpdateLoopTest {

    private static final String RULE = "EntityUpdateLoop";

    @Test
    void sameValuesOnLoadedRows() {
        RuleTester.of(new EntityUpdateLoop())
                .addSource("app/tickets.py", Cases.python(RULE, "same-values-on-loaded-rows"))
                .expectMarkedFindings();
    }

    @Test
    void rowDependentMixedWorkAndPlainListsStaySilent() {
        RuleTester.of(new EntityUpdateLoop())
                .addSource("app/tickets.py", Cases.python(RULE, "row-dependent-mixed-work-and-plain-lists"))
                .expectNoFindings();
    }
}
