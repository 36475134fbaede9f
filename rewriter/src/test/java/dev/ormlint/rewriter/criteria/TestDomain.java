package dev.ormlint.rewriter.criteria;

import java.util.Map;

/** A small annotated domain the migrator learns property types from. */
final class TestDomain {

    private TestDomain() {
    }

    static final Map<String, String> FILES = Map.of(
            "src/main/java/com/example/domain/Customer.java", """
                    package com.example.domain;

                    import jakarta.persistence.Embedded;
                    import jakarta.persistence.Entity;
                    import jakarta.persistence.Id;
                    import jakarta.persistence.OneToMany;
                    import java.time.LocalDate;
                    import java.util.Set;

                    @Entity
                    public class Customer {
                        @Id
                        private Long id;
                        private String name;
                        private String email;
                        private boolean active;
                        private int loyaltyPoints;
                        private LocalDate since;
                        @Embedded
                        private Address address;
                        @OneToMany(mappedBy = "customer")
                        private Set<PurchaseOrder> orders;
                    }
                    """,
            "src/main/java/com/example/domain/Address.java", """
                    package com.example.domain;

                    import jakarta.persistence.Embeddable;

                    @Embeddable
                    public class Address {
                        private String city;
                        private String zip;
                    }
                    """,
            "src/main/java/com/example/domain/PurchaseOrder.java", """
                    package com.example.domain;

                    import jakarta.persistence.Entity;
                    import jakarta.persistence.Id;
                    import jakarta.persistence.ManyToOne;
                    import java.math.BigDecimal;

                    @Entity(name = "PurchaseOrder")
                    public class PurchaseOrder {
                        @Id
                        private Long orderNumber;
                        @ManyToOne
                        private Customer customer;
                        private Status status;
                        private BigDecimal total;
                        private Integer quantity;
                    }
                    """,
            "src/main/java/com/example/domain/Authorization.java", """
                    package com.example.domain;

                    import jakarta.persistence.Entity;
                    import jakarta.persistence.Id;

                    @Entity
                    public abstract class Authorization {
                        @Id
                        private Long id;
                        private String level;
                    }
                    """,
            "src/main/java/com/example/domain/UserAuthorization.java", """
                    package com.example.domain;

                    import jakarta.persistence.Entity;

                    @Entity
                    public class UserAuthorization extends Authorization {
                        private String login;
                    }
                    """,
            "src/main/java/com/example/domain/Status.java", """
                    package com.example.domain;

                    public enum Status { OPEN, PAID, SHIPPED }
                    """);
}
