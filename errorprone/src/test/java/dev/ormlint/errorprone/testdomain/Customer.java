package dev.ormlint.errorprone.testdomain;

import java.util.Set;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.OneToMany;

/** Compiled with the tests, so the checker reads it from the class path as javac does for a library. */
@Entity(name = "Client")
public class Customer extends BaseEntity<Long> {

    private String name;
    private int loyaltyPoints;
    private transient String display;
    @Embedded
    private Address address;
    @OneToMany(mappedBy = "customer")
    private Set<Purchase> purchases;
}
