package dev.ormlint.errorprone.testdomain;

import javax.persistence.Embeddable;

@Embeddable
public class Address {

    private String city;
}
