package dev.ormlint.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class PoolMissingRecycleTest {

    private final RuleTester tester = RuleTester.of(new PoolMissingRecycle());

    @Test
    void enginesThatNeverRecycleOrRecycleAfterTheLimit() {
        var result = tester.addSource("app/db.py", Cases.python("PoolMissingRecycle", "engines-that-never-recycle"))
                .expectMarkedFindings();

        // pool_pre_ping=True replaces dead connections: only the unbounded lifetime is left to say.
        assertThat(result.findings()).filteredOn(f -> f.range().startLine() == 20)
                .extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(result.findings()).filteredOn(f -> f.range().startLine() != 20)
                .extracting(Finding::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void recycledSqliteUnpooledAndOutOfViewEnginesStaySilent() {
        tester.addSource("app/db.py", Cases.python("PoolMissingRecycle", "recycled-sqlite-or-unknown-engines"))
                .expectNoFindings();
    }

    @Test
    void theLimitIsTheOptionTheJavaPoolsUse() {
        String twentyMinutes = """
                from sqlalchemy import create_engine

                engine = create_engine("postgresql://app@db/shop", pool_recycle=1200)
                """;
        tester.addSource("app/db.py", twentyMinutes).expectNoFindings();

        assertThat(RuleTester.of(new PoolMissingRecycle()).option("PoolMissingRecycle.maxLifetime", "900s")
                .addSource("app/db.py", twentyMinutes).scan().findings())
                .singleElement().satisfies(f -> assertThat(f.message())
                        .contains("keeps connections for 20 min (pool_recycle=1200), longer than the 15 min limit"));
    }
}
