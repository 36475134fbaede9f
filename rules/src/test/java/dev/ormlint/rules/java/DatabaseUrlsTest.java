package dev.ormlint.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:shop", "jdbc:h2:./data/shop", "jdbc:h2:file:/var/shop", "jdbc:hsqldb:mem:testdb",
            "jdbc:hsqldb:file:db/shop", "JDBC:DERBY:memory:shop;create=true", "jdbc:sqlite:shop.db"})
    void databasesInsideTheJvmAreEmbedded(String url) {
        assertThat(DatabaseUrls.isEmbedded(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:tcp://db/shop", "jdbc:h2:ssl://db/shop", "jdbc:hsqldb:hsql://db/shop",
            "jdbc:derby://db:1527/shop", "jdbc:postgresql://db/shop"})
    void serversAreNotEmbedded(String url) {
        assertThat(DatabaseUrls.isEmbedded(url)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://localhost:5432/shop", "jdbc:mysql://127.0.0.1:3306/shop?useSSL=false",
            "jdbc:mysql://LOCALHOST/shop", "jdbc:sqlserver://localhost;databaseName=shop",
            "jdbc:oracle:thin:@localhost:1521:XE", "jdbc:oracle:thin:@//127.0.0.1:1521/XEPDB1",
            "jdbc:postgresql://[::1]:5432/shop", "jdbc:mariadb://127.0.1.1/shop"})
    void serversOnTheApplicationsHostAreLoopback(String url) {
        assertThat(DatabaseUrls.isLoopback(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://db.internal:5432/shop", "jdbc:mysql://localhost.example.com/shop",
            "jdbc:oracle:thin:@db:1521:XE", "jdbc:postgresql://10.0.0.127/shop", "jdbc:postgresql:shop",
            "jdbc:mysql://db1,localhost/shop"})
    void otherHostsAreNotLoopback(String url) {
        assertThat(DatabaseUrls.isLoopback(url)).isFalse();
    }
}
