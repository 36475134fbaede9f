package dev.ormlint.rules.python;

import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class ConnectionBesideSessionTest {

    private static final String RULE = "ConnectionBesideSession";

    @Test
    void secondConnectionsInOpenTransactions() {
        RuleTester.of(new ConnectionBesideSession())
                .addSource("app/accounts.py", Cases.python(RULE, "second-connections-in-open-transactions"))
                .expectMarkedFindings();
    }

    @Test
    void theSessionsOwnConnectionAndCodeOutsideTransactionsStaySilent() {
        RuleTester.of(new ConnectionBesideSession())
                .addSource("app/accounts.py",
                        Cases.python(RULE, "the-sessions-own-connection-and-code-outside-transactions"))
                .expectNoFindings();
    }
}
