package dev.ormlint.rules.python;

import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class PoolMissingValidationTest {

    private final RuleTester tester = RuleTester.of(new PoolMissingValidation());

    @Test
    void enginesWithoutPrePingOrWithItOff() {
        tester.addSource("app/db.py", Cases.python("PoolMissingValidation", "engines-that-never-ping"))
                .expectMarkedFindings();
    }

    @Test
    void pingedSqliteUnpooledAndOutOfViewEnginesStaySilent() {
        tester.addSource("app/db.py", Cases.python("PoolMissingValidation", "pinged-sqlite-or-unknown-engines"))
                .addSource("app/factories.py", """
                        import sqlalchemy

                        def create_engine(url):
                            return sqlalchemy.create_engine(url, pool_pre_ping=True)
                        """)
                .expectNoFindings();
    }

    @Test
    void enginesInTestModulesStaySilent() {
        String unpinged = """
                from sqlalchemy import create_engine

                engine = create_engine("postgresql://app@db/test")
                """;
        tester.addSource("tests/fixtures.py", unpinged)
                .addSource("app/test_db.py", unpinged)
                .addSource("conftest.py", unpinged)
                .expectNoFindings();
    }

    @Test
    void aFileThatImportsNoOrmLibraryIsNotChecked() {
        tester.addSource("tools/engines.py", """
                def create_engine(url):
                    return url

                engine = create_engine("postgresql://app@db/shop")
                """).expectNoFindings();
    }
}
