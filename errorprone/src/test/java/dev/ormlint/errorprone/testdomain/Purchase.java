package dev.ormlint.errorprone.testdomain;

import java.math.BigDecimal;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.ManyToOne;

@Entity
public class Purchase {

    @Id
    private Long number;
    @ManyToOne
    private Customer customer;
    private BigDecimal total;
}
