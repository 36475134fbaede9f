package dev.ormlint.errorprone.testdomain;

import org.springframework.data.jpa.repository.JpaRepository;

/** A Spring Data repository of another module: on the class path of the compilations that use it. */
public interface CustomerRepository extends JpaRepository<Customer, Long> {
}
