package dev.ormlint.rules.python;

import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class AsyncExpireOnCommitTest {

    private final RuleTester tester = RuleTester.of(new AsyncExpireOnCommit());

    @Test
    void asyncSessionFactoriesAndSessionsThatExpireOnCommit() {
        tester.addSource("app/db.py", Cases.python("AsyncExpireOnCommit", "async-sessions-that-expire-on-commit"))
                .expectMarkedFindings();
    }

    @Test
    void sessionsThatKeepTheirObjectsOrAreSyncStaySilent() {
        tester.addSource("app/db.py", Cases.python("AsyncExpireOnCommit", "sessions-that-keep-objects-or-are-sync"))
                .expectNoFindings();
    }

    @Test
    void aFactoryImportedFromAnotherProjectModuleIsFollowed() {
        tester.addSource("app/session.py", """
                        from sqlalchemy.ext import asyncio as sa_asyncio

                        make_factory = sa_asyncio.async_sessionmaker
                        """)
                .addSource("app/db.py", """
                        from app.session import make_factory

                        # BUG: Diagnostic contains: `async_sessionmaker(...)` makes async sessions
                        SessionLocal = make_factory(bind=None)
                        """)
                .expectMarkedFindings();
    }
}
