package dev.ormlint.analyzer.config;

import static dev.ormlint.analyzer.config.ConfigTestFiles.describe;
import static dev.ormlint.analyzer.config.ConfigTestFiles.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class XmlConfigReaderTest {

    private final XmlConfigReader reader = new XmlConfigReader();

    @Test
    void hibernateCfgXmlPropertiesGetThePrefixHibernateAdds() throws Exception {
        List<ConfigDocument> documents = reader.read(file("hibernate.cfg.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE hibernate-configuration PUBLIC
                        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
                        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
                <hibernate-configuration>
                    <session-factory>
                        <property name="connection.url">jdbc:mysql://db/shop</property>
                        <property name="hibernate.connection.pool_size">
                            10
                        </property>
                        <mapping class="com.example.Order"/>
                    </session-factory>
                </hibernate-configuration>
                """);

        assertThat(documents).singleElement().satisfies(d -> assertThat(describe(d)).containsExactly(
                "hibernate.connection.url=jdbc:mysql://db/shop@7",
                "hibernate.connection.pool_size=10@8"));
    }

    @Test
    void persistenceXmlHasOneDocumentPerUnit() throws Exception {
        List<ConfigDocument> documents = reader.read(file("META-INF/persistence.xml"), """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                    <persistence-unit name="shop" transaction-type="RESOURCE_LOCAL">
                        <properties>
                            <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://db/shop"/>
                            <property name="hibernate.c3p0.max_size" value="20"/>
                        </properties>
                    </persistence-unit>
                    <persistence-unit name="reports">
                        <jta-data-source>java:/jdbc/Reports</jta-data-source>
                    </persistence-unit>
                </persistence>
                """);

        assertThat(documents).extracting(ConfigDocument::unit).containsExactly(Optional.of("shop"), Optional.of("reports"));
        assertThat(describe(documents.get(0))).containsExactly(
                "jakarta.persistence.jdbc.url=jdbc:postgresql://db/shop@4", "hibernate.c3p0.max_size=20@5");
        assertThat(describe(documents.get(1))).containsExactly("jta-data-source=java:/jdbc/Reports@9");
    }

    @Test
    void externalEntitiesAreNeverReadInElementText(@TempDir Path dir) throws Exception {
        List<ConfigDocument> documents = reader.read(file("hibernate.cfg.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE hibernate-configuration [
                  <!ENTITY xxe SYSTEM "%s">
                  <!ENTITY %% remote SYSTEM "%s">
                  %%remote;
                ]>
                <hibernate-configuration>
                    <session-factory>
                        <property name="connection.url">&xxe;</property>
                    </session-factory>
                </hibernate-configuration>
                """.formatted(secret(dir), secret(dir)));

        assertThat(documents).singleElement()
                .satisfies(d -> assertThat(describe(d)).containsExactly("hibernate.connection.url=@9"));
    }

    @Test
    void externalEntityInAnAttributeIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE persistence [ <!ENTITY xxe SYSTEM "%s"> ]>
                <persistence>
                    <persistence-unit name="shop">
                        <properties>
                            <property name="jakarta.persistence.jdbc.url" value="&xxe;"/>
                        </properties>
                    </persistence-unit>
                </persistence>
                """.formatted(secret(dir));

        assertThatThrownBy(() -> reader.read(file("META-INF/persistence.xml"), xxe))
                .isInstanceOf(ConfigFormatException.class)
                .hasMessageContaining("external entity")
                .hasMessageNotContaining("TOP-SECRET");
    }

    private static URI secret(Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        if (!Files.exists(secret)) {
            Files.writeString(secret, "TOP-SECRET");
        }
        return secret.toUri();
    }

    @Test
    @Timeout(10)
    void internalEntityExpansionIsCapped() {
        StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i < 12; i++) {
            String ref = "&l" + (i - 1) + ";";
            entities.append("<!ENTITY l").append(i).append(" \"").append(ref.repeat(10)).append("\">\n");
        }
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE hibernate-configuration [\n" + entities + "]>\n"
                + "<hibernate-configuration><session-factory><property name=\"x\">&l11;</property>"
                + "</session-factory></hibernate-configuration>\n";

        assertThatThrownBy(() -> reader.read(file("hibernate.cfg.xml"), bomb))
                .isInstanceOf(ConfigFormatException.class);
    }

    @Test
    void malformedXmlIsAFormatError() {
        assertThatThrownBy(() -> reader.read(file("hibernate.cfg.xml"), "<hibernate-configuration>\n<session-factory>"))
                .isInstanceOf(ConfigFormatException.class)
                .hasMessageStartingWith("line 2: ");
    }
}
