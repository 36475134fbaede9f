package dev.ormlint.rules.python;

import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class LongLivedSessionTest {

    private static final String RULE = "LongLivedSession";

    @Test
    void oneSessionAcrossAWorkerLoop() {
        RuleTester.of(new LongLivedSession())
                .addSource("app/worker.py", Cases.python(RULE, "one-session-across-a-worker-loop"))
                .expectMarkedFindings();
    }

    @Test
    void committedClearedOrNewSessionsStaySilent() {
        RuleTester.of(new LongLivedSession())
                .addSource("app/worker.py", Cases.python(RULE, "committed-cleared-or-new-sessions"))
                .expectNoFindings();
    }
}
