package dev.ormlint.analyzer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.testing.ParsedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingFilesTest {

    private static final String ORDER_HBM = """
            <?xml version="1.0"?>
            <!DOCTYPE hibernate-mapping PUBLIC "-//Hibernate/Hibernate Mapping DTD 3.0//EN"
                    "http://www.hibernate.org/dtd/hibernate-mapping-3.0.dtd"
                    [<!ENTITY identifiableProperties SYSTEM "classpath://com/acme/identifiableProperties.hbm">]>
            <hibernate-mapping package="com.acme.orders">
                <class name="Order" table="orders">
                    <id name="id" type="long"><generator class="native"/></id>
                    &identifiableProperties;
                    <version name="version"/>
                    <property name="note" type="text"/>
                    <property name="status">
                        <type name="org.hibernate.type.EnumType"><param name="enumClass">com.acme.Status</param></type>
                    </property>
                    <natural-id><property name="code"/></natural-id>
                    <many-to-one name="customer" class="com.acme.crm.Customer"/>
                    <component name="address" class="Address">
                        <property name="street"/>
                    </component>
                    <set name="lines" cascade="all-delete-orphan">
                        <key column="orderid"/>
                        <one-to-many class="OrderLine"/>
                    </set>
                    <list name="tags"><key column="orderid"/><list-index column="i"/><element type="string"/></list>
                    <joined-subclass name="RushOrder" table="rush_orders">
                        <key column="orderid"/>
                        <property name="deadline"/>
                    </joined-subclass>
                </class>
                <class name="Order$Line" table="order_lines">
                    <composite-id><key-property name="orderId"/><key-property name="position"/></composite-id>
                </class>
            </hibernate-mapping>
            """;

    @Test
    void hbmXmlMapsClassesSubclassesAndTheirProperties() {
        List<EntityMapping> mappings = read("com/acme/orders/Order.hbm.xml", ORDER_HBM);

        assertThat(mappings).extracting(EntityMapping::className)
                .containsExactly("com.acme.orders.Order", "com.acme.orders.RushOrder", "com.acme.orders.Order.Line");
        EntityMapping order = mappings.get(0);
        assertThat(order.line()).isEqualTo(6);
        assertThat(order.path()).isEqualTo("com/acme/orders/Order.hbm.xml");
        assertThat(describe(order.properties())).containsExactly(
                "id ID long", "version VERSION ?", "note BASIC text", "status BASIC org.hibernate.type.EnumType",
                "code BASIC ?", "customer TO_ONE com.acme.crm.Customer",
                "address COMPONENT com.acme.orders.Address [street BASIC ?]",
                "lines TO_MANY com.acme.orders.OrderLine", "tags ELEMENT_COLLECTION string");
        assertThat(mappings.get(1).superclass()).contains("com.acme.orders.Order");
        assertThat(describe(mappings.get(2).properties())).containsExactly("orderId ID ?", "position ID ?");
    }

    @Test
    void ormXmlMapsEntitiesMappedSuperclassesAndEmbeddables() {
        List<EntityMapping> mappings = read("META-INF/orm.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.1">
                    <package>com.acme.shop</package>
                    <mapped-superclass class="BaseEntity"><attributes><id name="id"/></attributes></mapped-superclass>
                    <entity class="Product" name="Product">
                        <attributes>
                            <basic name="title"/>
                            <version name="version"/>
                            <many-to-one name="supplier" target-entity="com.acme.crm.Supplier"/>
                            <one-to-many name="reviews" target-entity="Review" mapped-by="product"/>
                            <element-collection name="labels"/>
                            <embedded name="price"/>
                            <transient name="cache"/>
                        </attributes>
                    </entity>
                    <embeddable class="com.acme.shop.Money"/>
                </entity-mappings>
                """);

        assertThat(mappings).extracting(m -> m.className() + " " + m.kind()).containsExactly(
                "com.acme.shop.BaseEntity MAPPED_SUPERCLASS", "com.acme.shop.Product ENTITY",
                "com.acme.shop.Money EMBEDDABLE");
        assertThat(describe(mappings.get(1).properties())).containsExactly(
                "title BASIC ?", "version VERSION ?", "supplier TO_ONE com.acme.crm.Supplier",
                "reviews TO_MANY com.acme.shop.Review", "labels ELEMENT_COLLECTION ?", "price COMPONENT ?");
    }

    @Test
    void documentsOfOtherKindsMapNothing() {
        assertThat(read("src/main/resources/spring-orm.xml", """
                <beans xmlns="http://www.springframework.org/schema/beans">
                    <bean id="entityManagerFactory" class="org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean"/>
                </beans>
                """)).isEmpty();
        assertThat(read("Broken.hbm.xml", """
                <hibernate-mapping><class table="no_name"/><class name=" "/></hibernate-mapping>
                """)).isEmpty();
    }

    @Test
    void malformedMappingIsANoticeNamingTheLine() {
        List<Notice> notices = new ArrayList<>();

        List<EntityMapping> mappings = SourceIndexing.mappingsOf("Order.hbm.xml", """
                <hibernate-mapping>
                    <class name="com.acme.Order">
                </hibernate-mapping>
                """, notices::add);

        assertThat(mappings).isEmpty();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.path()).isEqualTo("Order.hbm.xml");
            assertThat(n.kind()).isEqualTo(Notice.Kind.PARSE_ERROR);
            assertThat(n.message()).startsWith("cannot read this mapping file").contains("line 3");
        });
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        List<Notice> notices = new ArrayList<>();

        List<EntityMapping> mappings = SourceIndexing.mappingsOf("Order.hbm.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE hibernate-mapping [ <!ENTITY xxe SYSTEM "%s"> ]>
                <hibernate-mapping>
                    <class name="com.acme.Order"><property name="note">&xxe;</property></class>
                </hibernate-mapping>
                """.formatted(secret.toUri()), notices::add);

        assertThat(notices).isEmpty();
        assertThat(mappings).singleElement().satisfies(m -> assertThat(m.toString()).doesNotContain("TOP-SECRET"));
    }

    @Test
    void mappedClassesAreEntitiesOfTheIndexWithTheirProperties() {
        ProjectIndex index = new ParsedProject()
                .add("com/acme/orders/Order.java", """
                        package com.acme.orders;
                        public class Order { }
                        """)
                .add("com/acme/orders/RushOrder.java", """
                        package com.acme.orders;
                        public class RushOrder extends Order { }
                        """)
                .add("com/acme/orders/Draft.java", """
                        package com.acme.orders;
                        public class Draft { }
                        """)
                .addMapping("com/acme/orders/Order.hbm.xml", ORDER_HBM)
                .addMapping("META-INF/orm.xml", """
                        <entity-mappings><embeddable class="com.acme.orders.Draft"/></entity-mappings>
                        """)
                .index();

        assertThat(index.isEntity("com.acme.orders.Order")).isTrue();
        assertThat(index.isEntity("com.acme.orders.RushOrder")).isTrue();
        assertThat(index.isEntity("com.acme.orders.Draft")).as("an embeddable is not an entity").isFalse();
        assertThat(index.mappings().property("com.acme.orders.RushOrder", "lines"))
                .as("inherited from the mapped superclass").map(MappedProperty::isCollection).contains(true);
        assertThat(index.mappings().property("com.acme.orders.RushOrder", "deadline")).isPresent();
        assertThat(index.mappings().property("com.acme.orders.Order", "deadline")).isEmpty();
    }

    @Test
    void anInterfaceOfTheSourcesThatAnEntityImplementsIsAnEntityType() {
        ProjectIndex index = new ParsedProject()
                .add("com/acme/api/User.java", """
                        package com.acme.api;
                        public interface User { }
                        """)
                .add("com/acme/api/Auditable.java", """
                        package com.acme.api;
                        public interface Auditable { }
                        """)
                .add("com/acme/jpa/JPAUser.java", """
                        package com.acme.jpa;
                        import com.acme.api.User;
                        @jakarta.persistence.Entity
                        public class JPAUser implements User { }
                        """)
                .add("com/acme/jpa/AuditRecord.java", """
                        package com.acme.jpa;
                        import com.acme.api.Auditable;
                        public class AuditRecord implements Auditable, java.io.Serializable { }
                        """)
                .index();

        assertThat(index.isEntity("com.acme.api.User")).isTrue();
        assertThat(index.isEntity("com.acme.api.Auditable")).as("implemented by no entity").isFalse();
        assertThat(index.isEntity("java.io.Serializable")).as("a library interface").isFalse();
    }

    private static List<EntityMapping> read(String path, String xml) {
        List<Notice> notices = new ArrayList<>();
        List<EntityMapping> mappings = SourceIndexing.mappingsOf(path, xml, notices::add);
        assertThat(notices).isEmpty();
        return mappings;
    }

    private static List<String> describe(List<MappedProperty> properties) {
        return properties.stream().map(MappingFilesTest::describe).toList();
    }

    private static String describe(MappedProperty property) {
        String parts = property.parts().isEmpty() ? ""
                : property.parts().stream().map(MappingFilesTest::describe).collect(Collectors.joining(", ", " [", "]"));
        return property.name() + " " + property.kind() + " " + property.type().orElse("?") + parts;
    }

}
