package dev.ormlint.rules.python;

import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class EntityPersistLoopTest {

    private static final String RULE = "EntityPersistLoop";

    @Test
    void savesPerRowOfUnboundedSources() {
        RuleTester.of(new EntityPersistLoop())
                .addSource("app/db.py", "from sqlalchemy.orm import sessionmaker\n\nSessionLocal = sessionmaker()\n")
                .addSource("app/importer.py", Cases.python(RULE, "saves-per-row-of-unbounded-sources"))
                .expectMarkedFindings();
    }

    @Test
    void batchedBoundedCoreAndUnknownSourcesStaySilent() {
        RuleTester.of(new EntityPersistLoop())
                .addSource("app/importer.py", Cases.python(RULE, "batched-bounded-core-and-unknown-sources"))
                .expectNoFindings();
    }
}
