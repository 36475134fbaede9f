package dev.ormlint.analyzer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryFactsTest {

    private final LibraryFacts facts = LibraryFacts.parse(List.of(
            "type org.hibernate.Session extends org.hibernate.SharedSessionContract",
            "method org.springframework.data.repository.CrudRepository<T, ID>#findAll() java.lang.Iterable<T>"));

    @Test
    void aLibraryIsTheFirstTwoSegmentsOfADescribedTypesName() {
        assertThat(facts.describesLibraryOf("org.hibernate.query.NativeQuery")).isTrue();
        assertThat(facts.describesLibraryOf("org.hibernate.Criteria")).isTrue();
        assertThat(facts.describesLibraryOf("org.springframework.jdbc.core.JdbcTemplate")).isTrue();
    }

    @Test
    void otherCodeIsNotDescribed() {
        assertThat(facts.describesLibraryOf("org.hibernatex.Session")).isFalse();
        assertThat(facts.describesLibraryOf("com.acme.dao.BaseDao")).isFalse();
        assertThat(facts.describesLibraryOf("org.apache.commons.dbcp2.BasicDataSource")).isFalse();
        assertThat(facts.describesLibraryOf("TopLevel")).isFalse();
    }

    @Test
    void theShippedFactsCoverTheOrmLibrariesAndTheJdkTypesTheyName() {
        LibraryFacts shipped = LibraryFacts.load();

        assertThat(shipped.describesLibraryOf("org.hibernate.Session")).isTrue();
        assertThat(shipped.describesLibraryOf("jakarta.persistence.EntityManager")).isTrue();
        assertThat(shipped.describesLibraryOf("java.util.List")).isTrue();
        assertThat(shipped.describesLibraryOf("com.acme.Thing")).isFalse();
    }
}
